import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/providers/errors";
import { fetchWithRetry, ProviderHttpError } from "./fetch-with-retry";
import { parseRetryAfter } from "./retry-after";

const reply = (status: number, headers: Record<string, string> = {}) =>
  new Response(status === 200 ? "ok" : "no", { status, headers });

function scripted(...answers: (Response | Error)[]) {
  const calls: string[] = [];
  const fetch = (async (url: string) => {
    calls.push(url);
    const next = answers.shift()!;
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("0.5")).toBe(500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});

describe("fetchWithRetry", () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);

  it("retries network errors and 5xx with backoff, then returns the success", async () => {
    waits.length = 0;
    const { fetch, calls } = scripted(new TypeError("fetch failed"), reply(502), reply(200));
    const res = await fetchWithRetry("P", "http://x", {}, { fetch, sleep, baseDelayMs: 100 });
    expect(await res.text()).toBe("ok");
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it("does not retry a client error", async () => {
    const { fetch, calls } = scripted(reply(400));
    await expect(fetchWithRetry("P", "http://x", {}, { fetch, sleep })).rejects.toThrow(ProviderHttpError);
    expect(calls).toHaveLength(1);
  });

  it("turns a 429 that outlasts the retries into RateLimitedError with the asked wait", async () => {
    const { fetch } = scripted(reply(429, { "retry-after": "3" }), reply(429, { "retry-after": "4" }));
    const error = await fetchWithRetry("P", "http://x", {}, { fetch, sleep, maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(4000);
  });
});
