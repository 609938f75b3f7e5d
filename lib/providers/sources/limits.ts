/** Largest response body the URL fetcher reads before giving up (counted as bytes arrive, after decompression). */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** Wall-clock budget for one fetch, across DNS, redirects and the body. */
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
