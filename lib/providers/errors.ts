import type { Usage } from "@/lib/domain/usage";

/** A provider refused for rate limiting; the engine retries the step after `retryAfterMs`. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}

/**
 * A hosted call that got no answer within its timeout. Retried like a rate limit: a provider that hangs is usually
 * overloaded, and the next attempt starts a fresh connection.
 */
export class ProviderTimeoutError extends RateLimitedError {
  constructor(
    readonly provider: string,
    readonly address: string,
    readonly timeoutMs: number,
  ) {
    super(`${provider} at ${address} did not answer within ${formatSeconds(timeoutMs)}`, TIMEOUT_RETRY_AFTER_MS);
    this.name = "ProviderTimeoutError";
  }
}

/** A hosted provider's address could not be reached (refused, unknown host, reset): the message says which and why. */
export class ProviderUnreachableError extends Error {
  constructor(
    readonly provider: string,
    readonly address: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} at ${address} could not be reached: ${reason}`, options);
    this.name = "ProviderUnreachableError";
  }
}

const TIMEOUT_RETRY_AFTER_MS = 2_000;

/** "30 s", "0.2 s". */
export const formatSeconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

/** How a provider answers the admin's health check. */
export interface ProviderHealth {
  ok: boolean;
  detail: string;
}

const spentUsage = new WeakMap<object, Usage[]>();

/**
 * Marks a failed call's error with what the call had already spent (a first answer before an invalid second one or
 * a timeout): the provider bills it, so meteredCall charges it before passing the error on. Returns the error.
 */
export function withSpentUsage<E>(error: E, usage: Usage[]): E {
  if (typeof error === "object" && error !== null) spentUsage.set(error, usage);
  return error;
}

/** What the call that failed with `error` had spent (see withSpentUsage); none when nothing was recorded. */
export const spentUsageOf = (error: unknown): Usage[] =>
  (typeof error === "object" && error !== null && spentUsage.get(error)) || [];
