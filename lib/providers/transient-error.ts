import { RateLimitedError } from "./errors";

// Connection failures that a second try a moment later usually gets past.
const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
]);

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  transient?: unknown;
  isRetryable?: unknown;
  cause?: unknown;
}

/**
 * Whether a failed provider call may well succeed if made again shortly: a rate limit, a 5xx or 408, a timeout, a
 * dropped connection, or an error that says so itself (`transient`, or the AI SDK's `isRetryable`). Anything else
 * (a bad request, a missing voice, a failed budget check) would fail the same way again.
 */
export function isTransientError(error: unknown): boolean {
  if (error instanceof RateLimitedError) return true;
  if (typeof error !== "object" || error === null) return false;
  const e = error as ErrorShape;
  if (e.transient === true || e.isRetryable === true) return true;
  if (typeof e.status === "number") return e.status === 408 || e.status >= 500;
  if (e.name === "TimeoutError") return true;
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return true;
  // fetch reports a network failure as TypeError("fetch failed") with the socket's error as its cause, and the hosted
  // adapters wrap it again (ProviderUnreachableError, naming the provider): what decides is the innermost cause.
  return error instanceof Error && e.cause !== undefined && e.cause !== error && isTransientError(e.cause);
}
