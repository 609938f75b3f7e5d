import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT } from "./action-body-limit";
import { checkActionRequest } from "./check-action-request";
import { hasMalformedEscape } from "./has-malformed-escape";

const SESSION = "authjs.session-token=eyJ";
const action = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://studio.test/episodes/new", {
    method: "POST",
    body,
    headers: { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", cookie: SESSION, ...headers },
    duplex: "half",
  } as RequestInit);

describe("checkActionRequest", () => {
  it("lets an action's JSON arguments through", async () => {
    expect(await checkActionRequest(action(JSON.stringify([{ episodeId: "c123" }])))).toBeNull();
  });

  it("lets multipart arguments through for Next to decode", async () => {
    const form = new FormData();
    form.set("1_$ACTION_ID_7f00", "");
    const req = new Request("http://studio.test/", {
      method: "POST",
      body: form,
      headers: { "next-action": "7f00", cookie: `theme=x; __Secure-${SESSION}` },
    });
    expect(await checkActionRequest(req)).toBeNull();
  });

  it("answers a call without a session cookie with 401, without reading its body", async () => {
    let pulled = 0;
    // No chunk is pulled until someone reads (highWaterMark 0).
    const body = new ReadableStream<Uint8Array>(
      { pull: (c) => void (pulled++, c.enqueue(new Uint8Array(1024))) },
      { highWaterMark: 0 },
    );
    for (const cookie of ["", "theme=dark", "authjs.csrf-token=x", "xauthjs.session-token=x"]) {
      const res = await checkActionRequest(action(body, { cookie }));
      expect(res?.status, cookie).toBe(401);
      expect((await res!.json()).error.code).toBe("unauthenticated");
    }
    expect(pulled).toBe(0);
    expect(
      await checkActionRequest(action("[]", { cookie: "authjs.session-token.0=a; authjs.session-token.1=b" })),
    ).toBeNull();
  });

  it("answers a body past the limit with 413, declared or not", async () => {
    const declared = await checkActionRequest(action("[]", { "content-length": String(SERVER_ACTION_BODY_LIMIT + 1) }));
    expect(declared?.status).toBe(413);
    const streamed = await checkActionRequest(action(JSON.stringify(["x".repeat(SERVER_ACTION_BODY_LIMIT)])));
    expect(streamed?.status).toBe(413);
    expect((await streamed!.json()).error.message).toBe(
      "The request body is larger than 1 MB, the most this address accepts.",
    );
  });

  it("answers arguments that are not a JSON array with 400", async () => {
    const deep = "[".repeat(500_000) + "]".repeat(500_000);
    const many = `[${"{},".repeat(300_000)}{}]`;
    for (const body of [
      "not json",
      '{"a":1}',
      "",
      new Uint8Array([0x5b, 0xff, 0x5d]),
      "[[]",
      '["]',
      "[not json]",
      "[1,,2]",
      deep,
      many,
    ]) {
      const res = await checkActionRequest(action(body));
      expect(res?.status).toBe(400);
      expect((await res!.json()).error.code).toBe("invalid_action_arguments");
    }
  });
});

describe("hasMalformedEscape", () => {
  it("finds a stray % or escaped bytes that are not UTF-8", () => {
    for (const path of ["/api/x%", "/api/%ZZ", "/episodes/%E0%A4%A", "/%C3"])
      expect(hasMalformedEscape(path), path).toBe(true);
    for (const path of ["/api/episodes/c1", "/api/%00", "/shows/caf%C3%A9", "/a%2Fb"])
      expect(hasMalformedEscape(path), path).toBe(false);
  });
});
