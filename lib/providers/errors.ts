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

/** How a provider answers the admin's health check. */
export interface ProviderHealth {
  ok: boolean;
  detail: string;
}
