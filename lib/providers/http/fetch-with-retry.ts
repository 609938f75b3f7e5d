import { RateLimitedError } from "@/lib/providers/errors";
import { parseRetryAfter } from "./retry-after";

export interface RetryPolicy {
  /** Retries after the first attempt, for 429, 5xx and network errors. */
  maxRetries?: number;
  /** A wait longer than this is not slept here: the engine is told to come back later instead. */
  maxLocalWaitMs?: number;
  baseDelayMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export class ProviderHttpError extends Error {
  constructor(
    readonly provider: string,
    readonly status: number,
    body: string,
  ) {
    super(`${provider} answered HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = "ProviderHttpError";
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));


/**
 * fetch with bounded local retries that honour Retry-After. When retries run out, or the provider asks for a longer
 * wait than is worth holding a worker for, a 429/503 becomes RateLimitedError(retryAfterMs) so the durable engine
 * reschedules the step; other failures become ProviderHttpError.
 */
export async function fetchWithRetry(provider: string, url: string, init: RequestInit, policy: RetryPolicy = {}): Promise<Response> {
  const { maxRetries = 2, maxLocalWaitMs = 10_000, baseDelayMs = 500, fetch: fetchImpl = fetch, sleep = defaultSleep } = policy;
  for (let attempt = 0; ; attempt++) {
    const backoffMs = baseDelayMs * 2 ** attempt;
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      if (attempt >= maxRetries) throw error;
      await sleep(backoffMs);
      continue;
    }
    if (response.ok) return response;

    const status = response.status;
    const body = await response.text();
    const transient = status === 429 || status >= 500;
    const waitMs = parseRetryAfter(response.headers.get("retry-after")) ?? backoffMs;
    if (transient && attempt < maxRetries && waitMs <= maxLocalWaitMs) {
      await sleep(waitMs);
      continue;
    }
    if (status === 429 || status === 503) throw new RateLimitedError(`${provider} answered HTTP ${status}`, waitMs);
    throw new ProviderHttpError(provider, status, body);
  }
}
