import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from "./parse-retry-after";

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-06-01T12:00:00Z");

  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter(new Headers({ "retry-after": "7" }), now)).toBe(7000);
    expect(parseRetryAfter(new Headers({ "retry-after": "1.5" }), now)).toBe(1500);
    expect(parseRetryAfter(new Headers({ "retry-after": "Sun, 01 Jun 2025 12:00:42 GMT" }), now)).toBe(42_000);
    expect(parseRetryAfter(new Headers({ "retry-after": "Sun, 01 Jun 2025 11:00:00 GMT" }), now)).toBe(0);
  });

  it("falls back to the first X-RateLimit-Reset window, then to the default", () => {
    expect(parseRetryAfter(new Headers({ "x-ratelimit-reset": "1, 1419704" }), now)).toBe(1000);
    expect(parseRetryAfter(new Headers({ "retry-after": "soon" }), now)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter(new Headers(), now)).toBe(DEFAULT_RETRY_AFTER_MS);
  });
});
