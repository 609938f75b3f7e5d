import { FETCH_TIMEOUT_MS, MAX_FETCH_BYTES, MAX_REDIRECTS } from "@/lib/providers/sources/limits";
import { pageToSource } from "./page-to-source";
import { readLimitedBody } from "./read-limited-body";
import type { ResolveHost } from "@/lib/net/resolve-public-address";
import { fetchPublic, raceAbort } from "@/lib/net/fetch-public";
import { SourceError } from "./source-error";
import type { FetchedPage } from "./types";

export interface FetchUrlOptions {
  /** The fetcher is off unless configuration turns it on (SOURCE_FETCH_ENABLED=1, see createUrlFetcher). */
  enabled: boolean;
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Replaces the system DNS resolver (tests). */
  resolve?: ResolveHost;
  /**
   * TEST ONLY: exact addresses let through the address policy, e.g. ["127.0.0.1"] for a local test server.
   * Never set from configuration: production code has no way to reach internal addresses.
   */
  allowAddressesForTests?: readonly string[];
}

const HEADERS = {
  "user-agent": "ShowrunnerResearch/1.0 (+podcast research fetcher)",
  accept: "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,text/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
};

function parseWebUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SourceError(`${input} is not a valid web address.`, "invalid_url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SourceError(
      `Only http and https links can be fetched, not ${url.protocol.replace(/:$/, "")}.`,
      "invalid_url",
    );
  }
  if (url.username || url.password) {
    throw new SourceError(`Links with a user name or password are not fetched: ${url.host}.`, "invalid_url");
  }
  url.hash = "";
  return url;
}

/**
 * Fetches a web page, PDF or text file for research, refusing anything that could reach inside the network:
 * only http(s), every hop checked, resolved and pinned (lib/net/fetch-public.ts); the body cut off at `maxBytes`
 * and the whole fetch at `timeoutMs`.
 */
export async function fetchUrl(input: string, options: FetchUrlOptions): Promise<FetchedPage> {
  if (!options.enabled) {
    throw new SourceError("Fetching web pages is turned off on this server (SOURCE_FETCH_ENABLED).", "fetch_disabled");
  }
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const original = parseWebUrl(input);

  const attempt = async (): Promise<FetchedPage> => {
    const { url, response } = await fetchPublic(input, {
      method: "GET",
      headers: HEADERS,
      signal,
      maxRedirects,
      resolve: options.resolve,
      allowAddressesForTests: options.allowAddressesForTests,
      checkUrl: parseWebUrl,
      refused: (error) =>
        error.reason === "unresolved"
          ? new SourceError(`Could not find the site ${error.detail}: check the address.`, "unreachable")
          : new SourceError(`Showrunner does not fetch internal addresses: ${error.detail}.`, "blocked_address"),
      tooManyRedirects: () =>
        new SourceError(
          `${original} redirects more than ${maxRedirects} times; link to the final page instead.`,
          "too_many_redirects",
        ),
      unreachable: (hop, error) =>
        new SourceError(`Could not connect to ${hop.host}: ${error.message}.`, "unreachable"),
    });
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      throw new SourceError(
        `${url} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ""}.`,
        "http_error",
      );
    }
    const body = await readLimitedBody(response, options.maxBytes ?? MAX_FETCH_BYTES, url.toString());
    return pageToSource(url, String(response.headers["content-type"] ?? ""), body);
  };

  try {
    // DNS and PDF parsing do not take a signal, so the deadline is also raced here.
    return await raceAbort(attempt(), signal);
  } catch (error) {
    if (timeout.aborted) {
      throw new SourceError(`${original} took longer than ${timeoutMs / 1000} s to fetch.`, "timeout");
    }
    throw error;
  }
}
