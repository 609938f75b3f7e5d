import { describe, expect, it } from "vitest";
import { parseDuration, resolveTime } from "./duration";

describe("time strings", () => {
  it("reads Inngest time strings, as the SDK writes them and as the spec allows", () => {
    expect(parseDuration("1s")).toBe(1_000);
    expect(parseDuration("1h30m15s")).toBe(5_415_000);
    expect(parseDuration("2w1d")).toBe(15 * 86_400_000);
    expect(parseDuration("1.5s")).toBe(1_500);
    expect(parseDuration("300ms")).toBe(300);
    expect(parseDuration("")).toBe(0);
    expect(parseDuration("10")).toBeUndefined();
    expect(parseDuration("1h junk")).toBeUndefined();
  });

  it("resolves a time string from now, or an ISO date as such", () => {
    const now = new Date("2030-01-01T00:00:00Z");
    expect(resolveTime("1m", now)).toEqual(new Date("2030-01-01T00:01:00Z"));
    expect(resolveTime("2030-02-01T12:00:00.000Z", now)).toEqual(new Date("2030-02-01T12:00:00Z"));
    expect(() => resolveTime("tomorrow", now)).toThrow(/neither a time string/);
  });
});
