import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";
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
});
