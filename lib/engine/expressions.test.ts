import { describe, expect, it } from "vitest";
import { evaluateKey, expressionError, matches } from "./expressions";

const run = { name: "show/episode.requested", data: { episodeId: "ep-1", showId: "s-9", n: 3 } };

describe("expressions", () => {
  it("matches waitForEvent and cancelOn expressions over event and async", () => {
    const expression = "event.data.episodeId == async.data.episodeId";
    expect(matches(expression, { event: run, async: { data: { episodeId: "ep-1" } } })).toBe(true);
    expect(matches(expression, { event: run, async: { data: { episodeId: "ep-2" } } })).toBe(false);
    expect(matches("event.data.n > 2 && event.name.startsWith('show/')", { event: run })).toBe(true);
  });

  it("treats an expression that cannot be evaluated (a missing field) as no match", () => {
    expect(matches("async.data.missing == 'x'", { event: run, async: { data: {} } })).toBe(false);
    expect(matches("event.data.n", { event: run })).toBe(false);
  });

  it("reports syntax errors for sync to refuse", () => {
    expect(expressionError("event.data.x ==")).toMatch(/Unexpected/);
    expect(expressionError("event.data.x == 'y'")).toBeUndefined();
  });

  it("evaluates concurrency keys to strings", () => {
    expect(evaluateKey("event.data.showId", { event: run })).toBe("s-9");
    expect(evaluateKey('event.data.showId + "/" + event.data.episodeId', { event: run })).toBe("s-9/ep-1");
    expect(evaluateKey("event.data.n", { event: run })).toBe("3");
    expect(evaluateKey('"ai"', { event: run })).toBe("ai");
    expect(evaluateKey("event.data.nope", { event: run })).toBe("");
  });
});
