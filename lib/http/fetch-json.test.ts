import { afterEach, describe, expect, it, vi } from "vitest";
import { failureOf, sendJson } from "./fetch-json";

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

afterEach(() => vi.unstubAllGlobals());

describe("failureOf / sendJson", () => {
  it("reads the API's message with its field messages, the status without one, and says when nothing answered", async () => {
    const refused = answer(400, { error: { message: "Invalid input.", fields: { reason: ["Too short."] } } });
    expect(await failureOf(refused)).toBe("Invalid input. Too short.");
    expect(await failureOf(new Response("oops", { status: 502 }))).toBe("HTTP 502");
    expect(await failureOf(null)).toBe("the server did not answer");
  });

  it("sends JSON and resolves to the answer, or to the message when refused or unanswered", async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer(200, { saved: true }));
    vi.stubGlobal("fetch", fetch);
    expect(await sendJson("/api/x", "POST", { a: 1 })).toEqual({ ok: true, data: { saved: true } });
    expect(fetch).toHaveBeenCalledWith("/api/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"a":1}',
    });
    fetch.mockResolvedValueOnce(answer(409, { error: { message: "Not now." } }));
    expect(await sendJson("/api/x", "DELETE")).toEqual({ ok: false, error: "Not now." });
    fetch.mockRejectedValueOnce(new TypeError("offline"));
    expect(await sendJson("/api/x", "PATCH", {})).toEqual({ ok: false, error: "the server did not answer" });
  });
});
