import { describe, expect, it } from "vitest";
import { ProviderTimeoutError, RateLimitedError } from "@/lib/providers/errors";
import { InjectedFaultError } from "@/lib/providers/inject-faults";
import { ProviderHttpError } from "@/lib/providers/http/fetch-with-retry";
import { isTransientError } from "@/lib/providers/transient-error";
import type { CallRetryPolicy } from "@/lib/domain/call-retry-policy";
import { retryInPlace } from "./retry-in-place";

const policy: CallRetryPolicy = { retries: 3, maxWaitMs: 10_000, baseDelayMs: 100 };

/** A call failing with `failures` in order, then answering "ok"; records every try and wait. */
function flaky(failures: unknown[]) {
  const log: string[] = [];
  let tries = 0;
  return {
    log,
    get tries() {
      return tries;
    },
    call: async () => {
      log.push(`try ${++tries}`);
      const failure = failures.shift();
      if (failure) throw failure;
      return "ok";
    },
    sleep: async (ms: number) => void log.push(`wait ${ms}`),
  };
}

describe("retrying a provider call in place", () => {
  it("waits what a rate limit's Retry-After asks, then succeeds within the same call", async () => {
    const f = flaky([new RateLimitedError("429", 1_500), new RateLimitedError("429", 700)]);
    const retried: number[] = [];
    await expect(retryInPlace(f.call, policy, { sleep: f.sleep, onRetry: (_, ms) => retried.push(ms) })).resolves.toBe(
      "ok",
    );
    expect(f.log).toEqual(["try 1", "wait 1500", "try 2", "wait 700", "try 3"]);
    expect(retried).toEqual([1_500, 700]);
  });

  it("backs off exponentially, with jitter, after failures that name no wait (5xx, timeouts, dropped connections)", async () => {
    const reset = new TypeError("fetch failed", {
      cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
    });
    const f = flaky([new InjectedFaultError("503"), new ProviderHttpError("Acme", 502, "bad gateway"), reset]);
    await expect(retryInPlace(f.call, policy, { sleep: f.sleep, random: () => 1 })).resolves.toBe("ok");
    expect(f.log).toEqual(["try 1", "wait 100", "try 2", "wait 200", "try 3", "wait 400", "try 4"]);
    const half = flaky([new InjectedFaultError("503")]);
    await retryInPlace(half.call, policy, { sleep: half.sleep, random: () => 0 });
    expect(half.log).toEqual(["try 1", "wait 50", "try 2"]);
  });

  it("gives up after the bounded number of retries with the last error, for the engine to retry the step", async () => {
    const last = new RateLimitedError("still limited", 100);
    const f = flaky([
      new InjectedFaultError("1"),
      new InjectedFaultError("2"),
      new InjectedFaultError("3"),
      last,
      new Error("never reached"),
    ]);
    await expect(retryInPlace(f.call, policy, { sleep: f.sleep, random: () => 1 })).rejects.toBe(last);
    expect(f.tries).toBe(4);
  });

  it("hands a wait longer than its total allowance to the engine at once instead of holding the call", async () => {
    const long = new RateLimitedError("come back in a minute", 60_000);
    const f = flaky([long]);
    await expect(retryInPlace(f.call, policy, { sleep: f.sleep })).rejects.toBe(long);
    expect(f.log).toEqual(["try 1"]);
    // The allowance is for all the waits of one call together: 6 s + 6 s would pass 10 s.
    const twice = flaky([new RateLimitedError("a", 6_000), new RateLimitedError("b", 6_000)]);
    await expect(retryInPlace(twice.call, policy, { sleep: twice.sleep })).rejects.toThrow("b");
    expect(twice.log).toEqual(["try 1", "wait 6000", "try 2"]);
  });

  it("counts the time a call hung until its timeout against the allowance", async () => {
    // A short timeout is tried again in place; a language model's long one goes to the engine after the first.
    const short = flaky([new ProviderTimeoutError("ElevenLabs", "https://api.elevenlabs.io", 2_000)]);
    await expect(retryInPlace(short.call, policy, { sleep: short.sleep })).resolves.toBe("ok");
    expect(short.log).toEqual(["try 1", "wait 2000", "try 2"]);
    const hung = new ProviderTimeoutError("OpenAI", "https://api.openai.com", 300_000);
    const long = flaky([hung]);
    await expect(retryInPlace(long.call, policy, { sleep: long.sleep })).rejects.toBe(hung);
    expect(long.log).toEqual(["try 1"]);
  });

  it("does not retry a failure that would happen again (bad request, missing voice, refused budget)", async () => {
    for (const error of [
      new Error("No ElevenLabs voice id"),
      new ProviderHttpError("Acme", 400, "bad request"),
      new RangeError("x"),
    ]) {
      const f = flaky([error]);
      await expect(retryInPlace(f.call, policy, { sleep: f.sleep })).rejects.toBe(error);
      expect(f.tries).toBe(1);
    }
  });

  it("starts no new try once the attempt is aborted, and stops a wait in progress", async () => {
    const controller = new AbortController();
    const f = flaky([new RateLimitedError("429", 5_000)]);
    const pending = retryInPlace(f.call, policy, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    const started = Date.now();
    controller.abort(new Error("attempt ended"));
    await expect(pending).rejects.toThrow(/abort/i);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(f.tries).toBe(1);
    await expect(retryInPlace(f.call, policy, { signal: controller.signal })).rejects.toThrow("attempt ended");
    expect(f.tries).toBe(1);
  });
});

describe("which failures are transient", () => {
  it("counts rate limits, 5xx, 408, timeouts, network failures and self-declared ones", () => {
    expect(isTransientError(new RateLimitedError("429", 1))).toBe(true);
    expect(isTransientError(new ProviderHttpError("Acme", 503, ""))).toBe(true);
    expect(isTransientError(new ProviderHttpError("Acme", 408, ""))).toBe(true);
    expect(isTransientError(new DOMException("The operation timed out.", "TimeoutError"))).toBe(true);
    expect(isTransientError(Object.assign(new Error("connect"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isTransientError(Object.assign(new Error("overloaded"), { isRetryable: true }))).toBe(true);
    expect(isTransientError(new ProviderHttpError("Acme", 401, ""))).toBe(false);
    expect(isTransientError(new TypeError("x is not a function"))).toBe(false);
    expect(isTransientError("a string")).toBe(false);
  });
});
