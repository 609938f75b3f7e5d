import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";
import { withSpentUsage } from "@/lib/providers/errors";
import { InjectedFaultError } from "@/lib/providers/inject-faults";
import { meteredCall } from "./metered-call";
import type { StageContext } from "./types";

const usage: Usage[] = [{ provider: "acme", model: "m", unit: "character", quantity: 10 }];

/** A context with a meter that records what it is asked to do. */
function context(controller = new AbortController()) {
  const log: string[] = [];
  let retries = 0;
  const ctx = {
    signal: controller.signal,
    callRetry: { retries: 3, maxWaitMs: 1_000, baseDelayMs: 1, onRetry: () => void retries++ },
    meter: {
      authorize: async () => (log.push("authorize"), { holdId: "h" }),
      charge: async (u: Usage) => (log.push(`charge ${u.quantity}`), new Decimal(0)),
      release: async () => void log.push("release"),
      settled: async () => undefined,
    },
  } as unknown as StageContext;
  return { ctx, log, controller, retries: () => retries };
}

describe("a metered call", () => {
  it("is retried in place under one hold and charged once", async () => {
    const { ctx, log, retries } = context();
    let tries = 0;
    const result = await meteredCall(ctx, usage, async () => {
      if (++tries < 3) throw new InjectedFaultError("503");
      return "audio";
    });
    expect(result).toBe("audio");
    expect(tries).toBe(3);
    expect(retries()).toBe(2);
    expect(log).toEqual(["authorize", "charge 10", "release"]);
  });

  it("gets the attempt's signal; aborted while in flight, it is not charged and its hold is released", async () => {
    const { ctx, log, controller } = context();
    let seen: AbortSignal | undefined;
    const pending = meteredCall(ctx, usage, (signal) => {
      seen = signal;
      // An engine that ignores the signal and answers after the attempt ended anyway.
      return new Promise<string>((resolve) => setTimeout(() => resolve("late audio"), 30));
    });
    await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error("attempt ended"));
    await expect(pending).rejects.toThrow("attempt ended");
    expect(seen).toBe(ctx.signal);
    expect(log).toEqual(["authorize", "release"]);
  });

  it("is not started, nor budget held, once the attempt has ended", async () => {
    const { ctx, log, controller } = context();
    controller.abort(new Error("attempt ended"));
    let called = false;
    await expect(meteredCall(ctx, usage, async () => (called = true))).rejects.toThrow("attempt ended");
    expect(called).toBe(false);
    expect(log).toEqual([]);
  });

  it("charges what a failed call had spent, then passes its error on", async () => {
    const { ctx, log } = context();
    const spent: Usage[] = [
      { provider: "acme", model: "m", unit: "input_token", quantity: 700 },
      { provider: "acme", model: "m", unit: "output_token", quantity: 90 },
    ];
    const invalid = withSpentUsage(new Error("gave no valid answer"), spent);
    await expect(
      meteredCall(ctx, usage, async () => {
        throw invalid;
      }),
    ).rejects.toBe(invalid);
    expect(log).toEqual(["authorize", "charge 700", "charge 90", "release"]);
  });

  it("does not retry in place a try that failed having spent: its spend is charged and the step retries under a new hold", async () => {
    const { ctx, log } = context();
    let tries = 0;
    const spent = withSpentUsage(new InjectedFaultError("503"), [{ ...usage[0]!, quantity: 4 }]);
    await expect(
      meteredCall(ctx, usage, async () => {
        tries++;
        throw spent;
      }),
    ).rejects.toBe(spent);
    expect(tries).toBe(1);
    expect(log).toEqual(["authorize", "charge 4", "release"]);
  });
});
