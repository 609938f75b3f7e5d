/** How long to wait before the next attempt of a failed request. */
export interface RetryDelayInput {
  /** The attempt that just failed, from 0. */
  attempt: number;
  /** The reply's Retry-After header: whole seconds or a date (RetryAfterError sends either). */
  retryAfter?: string | null;
  baseMs: number;
  capMs?: number;
  now?: number;
  random?: () => number;
}

const DEFAULT_RETRY_CAP_MS = 5 * 60_000;

export function retryDelayMs({
  attempt,
  retryAfter,
  baseMs,
  capMs = DEFAULT_RETRY_CAP_MS,
  now = Date.now(),
  random = Math.random,
}: RetryDelayInput): number {
  const requested = retryAfter ? parseRetryAfter(retryAfter, now) : undefined;
  if (requested !== undefined) return requested;
  // Exponential, capped, with "equal jitter": at least half the step, so retries never bunch up at zero.
  const step = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}

function parseRetryAfter(value: string, now: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
