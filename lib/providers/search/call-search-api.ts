import type { z } from "zod";
import { RateLimitedError } from "@/lib/providers/errors";
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
}

/** One call to a hosted search API: 429 becomes RateLimitedError (honouring Retry-After), the answer is validated. */
export async function callSearchApi<T>(call: ApiCall<T>): Promise<T> {
  const timeout = AbortSignal.timeout(SEARCH_API_TIMEOUT_MS);
  const signal = call.signal ? AbortSignal.any([timeout, call.signal]) : timeout;
  let response: Response;
  try {
    response = await fetch(call.url, { ...call.init, signal });
  } catch (error) {
    if (call.signal?.aborted) throw error;
    const why = timeout.aborted ? `no answer within ${SEARCH_API_TIMEOUT_MS / 1000} s` : (error as Error).message;
    throw new SearchProviderError(`${call.label} could not be reached: ${why}.`, call.provider);
  }

  if (response.status === 429) {
    await response.body?.cancel();
    const retryAfterMs = parseRetryAfter(response.headers);
    throw new RateLimitedError(`${call.label} is rate limiting searches; retry in ${Math.ceil(retryAfterMs / 1000)} s.`, retryAfterMs);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new SearchProviderError(
      `${call.label} refused the API key (HTTP ${response.status}): check ${call.keyVariable}.`,
      call.provider,
      response.status,
    );
  }
  if (!response.ok) {
    const detail = (await response.text().catch(() => "")).slice(0, 200);
    throw new SearchProviderError(`${call.label} answered HTTP ${response.status}${detail ? `: ${detail}` : ""}`, call.provider, response.status);
  }

  const parsed = call.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new SearchProviderError(`${call.label} answered in a shape Showrunner does not understand.`, call.provider);
  return parsed.data;
}
