import { ProviderUnreachableError, RateLimitedError } from "@/lib/providers/errors";
import { callDeadline } from "./call-deadline";
import { addressOf } from "./describe-network-error";
import { parseRetryAfter } from "./retry-after";

export interface RetryPolicy {
  /** Retries after the first attempt, for 429, 5xx and network errors. */
  maxRetries?: number;
  /** A wait longer than this is not slept here: the engine is told to come back later instead. */
  maxLocalWaitMs?: number;
  baseDelayMs?: number;
  /** Each request's limit, its answer's body included (default 60 s); past it, ProviderTimeoutError. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export class ProviderHttpError extends Error {
  constructor(
    readonly provider: string,
    readonly status: number,
    body: string,
    address?: string,
  ) {
    super(`${provider}${address ? ` at ${address}` : ""} answered HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = "ProviderHttpError";
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const SECRET_HEADERS = new Set(["authorization", "x-api-key", "xi-api-key", "x-subscription-token"]);

/** A provider's error body can echo what it was sent: the request's secrets are cut out before it is shown. */
function redactSecrets(text: string, headers: RequestInit["headers"]): string {
  const secrets = [...new Headers(headers).entries()]
    .filter(([name]) => SECRET_HEADERS.has(name))
    .flatMap(([, value]) => [value, value.replace(/^Bearer\s+/i, "")])
    .filter((s) => s.length >= 8);
  return secrets.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}

/**
 * fetch with bounded local retries that honour Retry-After, each request under a timeout and the caller's signal
 * (`init.signal`). The answer's body is read within the timeout too, so a provider that stalls mid-answer cannot
 * hold the step. When retries run out, or the provider asks for a longer wait than is worth holding a worker for,
 * a 429/503 becomes RateLimitedError(retryAfterMs) so the durable engine reschedules the step; a timeout becomes
 * ProviderTimeoutError (also a RateLimitedError, not retried here: its time is already spent); an unreachable
 * address becomes ProviderUnreachableError; other answers ProviderHttpError. Every message names the provider and
 * its address, never a key.
 */
export async function fetchWithRetry(
  provider: string,
  url: string,
  init: RequestInit,
  policy: RetryPolicy = {},
): Promise<Response> {
  const {
    maxRetries = 2,
    maxLocalWaitMs = 10_000,
    baseDelayMs = 500,
    timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
    fetch: fetchImpl = fetch,
    sleep = defaultSleep,
  } = policy;
  const address = addressOf(url);
  const callerSignal = init.signal ?? undefined;
  for (let attempt = 0; ; attempt++) {
    const backoffMs = baseDelayMs * 2 ** attempt;
    const deadline = callDeadline(provider, url, timeoutMs, callerSignal);
    let response: Response;
    let body: ArrayBuffer;
    try {
      response = await fetchImpl(url, { ...init, signal: deadline.signal });
      body = await response.arrayBuffer();
    } catch (error) {
      const failure = deadline.failure(error);
      if (!(failure instanceof ProviderUnreachableError) || attempt >= maxRetries) throw failure;
      await sleep(backoffMs);
      callerSignal?.throwIfAborted();
      continue;
    }
    if (response.ok)
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });

    const status = response.status;
    const transient = status === 429 || status >= 500;
    const waitMs = parseRetryAfter(response.headers.get("retry-after")) ?? backoffMs;
    if (transient && attempt < maxRetries && waitMs <= maxLocalWaitMs) {
      await sleep(waitMs);
      callerSignal?.throwIfAborted();
      continue;
    }
    if (status === 429 || status === 503)
      throw new RateLimitedError(`${provider} at ${address} answered HTTP ${status}`, waitMs);
    throw new ProviderHttpError(provider, status, redactSecrets(new TextDecoder().decode(body), init.headers), address);
  }
}
