import { parseRetryAfter as parseRetryAfterHeader } from "@/lib/providers/http/retry-after";

/** When a provider sends no usable hint, wait this long before retrying a rate-limited search. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;

/**
 * Milliseconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), else from the first value of
 * an `X-RateLimit-Reset` list of seconds (Brave's "1, 1419704": per-second window first), else the default.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number {
  const retryAfter = parseRetryAfterHeader(headers.get("retry-after"), now);
  if (retryAfter !== null) return Math.ceil(retryAfter);
  const reset = headers.get("x-ratelimit-reset")?.split(",")[0]?.trim();
  if (reset && /^\d+$/.test(reset)) return Number(reset) * 1000;
  return DEFAULT_RETRY_AFTER_MS;
}
