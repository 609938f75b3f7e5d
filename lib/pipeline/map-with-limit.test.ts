import { describe, expect, it } from "vitest";
import { mapWithLimit } from "./map-with-limit";

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("mapping with a concurrency limit", () => {
  it("keeps the order of the items and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const result = await mapWithLimit([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++running);
      await tick(n);
      running--;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it("after a failure starts nothing new, lets the running calls finish, then throws the first error", async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const failure = new Error("line 2 failed");
    let finishLine1!: () => void;
    const line1Done = new Promise<void>((resolve) => (finishLine1 = resolve));
    let told = false;
    const pending = mapWithLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 2) throw failure;
      await line1Done;
      finished.push(n);
      return n;
    }).finally(() => (told = true));
    // Every callback the failure could trigger has run once the pending jobs are drained.
    await new Promise(setImmediate);
    // Line 1 is still running after line 2 failed: the caller is not told yet, and lines 3-6 never started.
    expect(started).toEqual([1, 2]);
    expect(told).toBe(false);
    finishLine1();
    await expect(pending).rejects.toBe(failure);
    // Line 1 finished (and was kept); nothing started after the caller was told.
    expect(finished).toEqual([1]);
    await new Promise(setImmediate);
    expect(started).toEqual([1, 2]);
  });

  it("stops starting items once the signal is aborted", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const pending = mapWithLimit(
      [1, 2, 3, 4],
      1,
      async (n) => {
        started.push(n);
        if (n === 2) controller.abort(new Error("attempt ended"));
        return n;
      },
      controller.signal,
    );
    await expect(pending).rejects.toThrow("attempt ended");
    expect(started).toEqual([1, 2]);
  });
});
