import type { z } from "zod";
import { RateLimitedError } from "@/lib/providers/errors";
import { callDeadline } from "@/lib/providers/http/call-deadline";
import { addressOf } from "@/lib/providers/http/describe-network-error";
import { parseRetryAfter } from "./parse-retry-after";

/** A hosted search provider failed for a reason other than rate limiting; the message says what to check. */
export class SearchProviderError extends Error {
  constructor(
    message: string,
    readonly provider: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "SearchProviderError";
  }
}

/** The default of SEARCH_TIMEOUT_SECONDS. */
export const SEARCH_API_TIMEOUT_MS = 15_000;

/** `path` under `baseUrl`, keeping any path prefix of the base (a gateway in front of the provider, a test server). */
export const apiUrl = (baseUrl: string, path: string) => new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);

interface ApiCall<T> {
  provider: string;
  label: string;
  /** The environment variable holding the key, named in authentication errors. */
  keyVariable: string;
  url: URL;
  init: RequestInit;
  schema: z.ZodType<T>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * One call to a hosted search API under its timeout and the caller's signal: 429 becomes RateLimitedError
 * (honouring Retry-After), no answer in time ProviderTimeoutError, an unreachable address ProviderUnreachableError
 * (both naming the provider and address), and the answer is validated.
 */
export async function callSearchApi<T>(call: ApiCall<T>): Promise<T> {
  const deadline = callDeadline(call.label, call.url, call.timeoutMs ?? SEARCH_API_TIMEOUT_MS, call.signal);
  let response: Response;
  let body: string;
  try {
    response = await fetch(call.url, { ...call.init, signal: deadline.signal });
    body = await response.text();
  } catch (error) {
    throw deadline.failure(error);
  }

  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers);
    throw new RateLimitedError(
      `${call.label} is rate limiting searches; retry in ${Math.ceil(retryAfterMs / 1000)} s.`,
      retryAfterMs,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new SearchProviderError(
      `${call.label} refused the API key (HTTP ${response.status}): check ${call.keyVariable}.`,
      call.provider,
      response.status,
    );
  }
  if (!response.ok) {
    const detail = body.slice(0, 200);
    throw new SearchProviderError(
      `${call.label} at ${addressOf(call.url)} answered HTTP ${response.status}${detail ? `: ${detail}` : ""}`,
      call.provider,
      response.status,
    );
  }

  const parsed = call.schema.safeParse(parseJson(body));
  if (!parsed.success)
    throw new SearchProviderError(`${call.label} answered in a shape Showrunner does not understand.`, call.provider);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
