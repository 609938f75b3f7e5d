import { setTimeout as sleepFor } from "node:timers/promises";
import { ProviderTimeoutError, RateLimitedError } from "@/lib/providers/errors";
import { isTransientError } from "@/lib/providers/transient-error";
import type { CallRetryPolicy } from "@/lib/domain/call-retry-policy";

export interface RetryInPlaceOptions {
  /** Aborted when the attempt ends: no new try starts, a wait in progress stops. */
  signal?: AbortSignal;
  /** Told of each retry before its wait. */
  onRetry?: (error: unknown, waitMs: number) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Whether a transient failure may be tried again here at all; default yes. */
  retriable?: (error: unknown) => boolean;
  random?: () => number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal });

/** How long to wait before retry number `retry` (0-based) of a call that failed with `error`; null: do not retry. */
export function retryWait(
  error: unknown,
  retry: number,
  policy: CallRetryPolicy,
  random: () => number = Math.random,
): number | null {
  if (!isTransientError(error)) return null;
  if (error instanceof RateLimitedError) return error.retryAfterMs;
  // Jitter spreads the retries of parallel calls that failed together.
  return Math.round(policy.baseDelayMs * 2 ** retry * (0.5 + random() / 2));
}

/**
 * Makes `call` and, when it fails transiently, makes it again after the wait the provider asked for (Retry-After) or a
 * backoff, at most `policy.retries` times and `policy.maxWaitMs` of waiting in all (time a call hung until its
 * timeout counts as waiting). Then, or at once for a failure
 * that is not transient, the call's error is thrown as it is, for the engine's step retry to handle.
 */
export async function retryInPlace<T>(
  call: () => Promise<T>,
  policy: CallRetryPolicy,
  options: RetryInPlaceOptions = {},
): Promise<T> {
  const { signal, onRetry, sleep = defaultSleep, random = Math.random, retriable = () => true } = options;
  let waited = 0;
  for (let retry = 0; ; retry++) {
    signal?.throwIfAborted();
    try {
      return await call();
    } catch (error) {
      if (signal?.aborted || retry >= policy.retries || !retriable(error)) throw error;
      // A call that hung until its timeout was time spent waiting too: a language model's 300 s timeout is then handed
      // to the engine at once rather than tried five times over in one step.
      if (error instanceof ProviderTimeoutError) waited += error.timeoutMs;
      const waitMs = retryWait(error, retry, policy, random);
      if (waitMs === null || waited + waitMs > policy.maxWaitMs) throw error;
      onRetry?.(error, waitMs);
      await sleep(waitMs, signal);
      waited += waitMs;
    }
  }
}
