import { describe, expect, it } from "vitest";
import { pickWithinLimits, resolveConcurrency } from "./concurrency";
import type { FunctionDefinition } from "./types";

const fn: FunctionDefinition = {
  id: "app-render",
  name: "Render",
  url: "http://app/api/inngest?fnId=app-render&stepId=step",
  triggers: [{ event: "show/render" }],
  maxAttempts: 4,
  concurrency: [
    { limit: 5, scope: "fn" },
    { limit: 1, key: "event.data.showId", scope: "account" },
  ],
  cancel: [],
};

describe("concurrency", () => {
  it("resolves a run's keys from its triggering event", () => {
    const event = { id: "e", name: "show/render", data: { showId: "s-1" }, ts: 0 };
    expect(resolveConcurrency(fn, event)).toEqual([
      { key: "fn:app-render", limit: 5 },
      { key: "account:s-1", limit: 1 },
    ]);
    const scoped = { ...fn, concurrency: [{ limit: 2, key: "event.data.showId", scope: "fn" as const }] };
    expect(resolveConcurrency(scoped, event)).toEqual([{ key: "fn:app-render:event.data.showId=s-1", limit: 2 }]);
  });

  it("picks candidates in order while every key stays under its limit", () => {
    const slot = (key: string, limit: number) => ({ key, limit });
    const candidates = [
      { id: 1, concurrency: [slot("a", 2)] },
      { id: 2, concurrency: [slot("a", 2), slot("b", 1)] },
      { id: 3, concurrency: [slot("a", 2)] },
      { id: 4, concurrency: [slot("b", 1)] },
      { id: 5, concurrency: [] },
    ];
    expect(pickWithinLimits(candidates, new Map([["a", 1]]), 10).map((c) => c.id)).toEqual([1, 4, 5]);
    expect(pickWithinLimits(candidates, new Map(), 2).map((c) => c.id)).toEqual([1, 2]);
  });
});
