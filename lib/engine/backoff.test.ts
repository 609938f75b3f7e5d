import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("honours Retry-After in seconds or as a date", () => {
    expect(retryDelayMs({ attempt: 0, retryAfter: "3", baseMs: 1_000 })).toBe(3_000);
    const now = Date.parse("2030-01-01T00:00:00Z");
    expect(retryDelayMs({ attempt: 5, retryAfter: "2030-01-01T00:00:10Z", baseMs: 1_000, now })).toBe(10_000);
    expect(retryDelayMs({ attempt: 5, retryAfter: "2029-12-31T00:00:00Z", baseMs: 1_000, now })).toBe(0);
  });

  it("backs off exponentially with jitter between half and all of the step, up to the cap", () => {
    const at = (attempt: number, random: number) =>
      retryDelayMs({ attempt, baseMs: 1_000, capMs: 60_000, random: () => random });
    expect([at(0, 0), at(0, 1)]).toEqual([500, 1_000]);
    expect([at(3, 0), at(3, 1)]).toEqual([4_000, 8_000]);
    expect([at(20, 0), at(20, 1)]).toEqual([30_000, 60_000]);
  });

  it("ignores an unreadable Retry-After", () => {
    expect(retryDelayMs({ attempt: 1, retryAfter: "soon", baseMs: 100, random: () => 1 })).toBe(200);
  });
});
