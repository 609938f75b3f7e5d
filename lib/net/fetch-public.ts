import http, { type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import https from "node:https";
import { AddressRefusedError, resolvePublicAddress, systemResolve, type ResolveHost } from "./resolve-public-address";
import { pinnedLookup } from "./pinned-lookup";

export interface FetchPublicOptions {
  method: "GET" | "POST";
  headers: OutgoingHttpHeaders;
  /** Sent again on every hop (a redirected webhook is posted again). */
  body?: string;
  signal: AbortSignal;
  maxRedirects: number;
  /** Replaces the system DNS resolver (tests). */
  resolve?: ResolveHost;
  /** TEST ONLY: exact addresses let through the address policy (a local test server). Never from configuration. */
  allowAddressesForTests?: readonly string[];
  /** The caller's rules for every hop's URL, the first and each redirect's: the URL to request, or the caller's error. */
  checkUrl: (url: string) => URL;
  /** The caller's errors, so each keeps its own words. */
  refused: (error: AddressRefusedError) => Error;
  tooManyRedirects: () => Error;
  /** A connection that failed before any answer (the signal's own abort is passed through as is). */
  unreachable?: (url: URL, error: Error) => Error;
}

function requestOnce(url: URL, address: string, family: 4 | 6, options: FetchPublicOptions): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: options.method,
        headers:
          options.body === undefined
            ? options.headers
            : { ...options.headers, "content-length": Buffer.byteLength(options.body) },
        lookup: pinnedLookup(address, family),
        signal: options.signal,
        agent: false, // no pooled socket opened for another address is reused
      },
      resolve,
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * An HTTP request that can only reach public addresses (URL sources, alert webhooks): every hop's host resolved
 * once here and every address checked (lib/net/resolve-public-address.ts), the connection pinned to the checked
 * address (no second DNS answer can swap in another), redirects followed by hand with each hop re-checked, at most
 * `maxRedirects`. Returns the final answer (not a redirect), unread, with its URL; the caller reads or discards it,
 * and races its own deadline around the whole (DNS takes no signal).
 */
export async function fetchPublic(
  input: string,
  options: FetchPublicOptions,
): Promise<{ url: URL; response: IncomingMessage }> {
  let url = options.checkUrl(input);
  for (let redirects = 0; ; redirects++) {
    const { address, family } = await resolvePublicAddress(url.hostname, {
      resolve: options.resolve ?? systemResolve,
      allow: options.allowAddressesForTests ?? [],
    }).catch((error: unknown) => {
      throw error instanceof AddressRefusedError ? options.refused(error) : error;
    });
    options.signal.throwIfAborted();
    const response = await requestOnce(url, address, family, options).catch((error: unknown) => {
      if (options.signal.aborted || !options.unreachable) throw error;
      throw options.unreachable(url, error as Error);
    });
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || !location) return { url, response };
    response.destroy();
    if (redirects >= options.maxRedirects) throw options.tooManyRedirects();
    url = options.checkUrl(new URL(location, url).toString());
  }
}

/** `work`, or the signal's reason as soon as it aborts: for the parts of a request that take no signal (DNS, parsing). */
export async function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
