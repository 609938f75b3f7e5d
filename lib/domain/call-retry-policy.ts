/** How a stage retries one failed provider call before giving the failure to the engine (a whole new attempt). */
export interface CallRetryPolicy {
  /** Retries after the first try. */
  retries: number;
  /** Longest total wait for one call; a Retry-After beyond what is left goes back to the engine, which reschedules the step. */
  maxWaitMs: number;
  /** Wait after the first failure that names none (a 5xx, a timeout); doubled after each, with jitter. */
  baseDelayMs: number;
}

export const DEFAULT_CALL_RETRY: CallRetryPolicy = { retries: 4, maxWaitMs: 30_000, baseDelayMs: 250 };
