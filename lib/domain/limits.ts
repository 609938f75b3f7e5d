/** Largest file a producer may upload as a source. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Most text one source may hold (UTF-8 bytes): enough for a long report, small enough to index and prompt with. */
export const MAX_SOURCE_TEXT_BYTES = 512 * 1024;
/** Most text an episode's sources may hold together: four full sources, and what bounds a new episode's request. */
export const MAX_SOURCES_TOTAL_BYTES = 2 * 1024 * 1024;

/** Largest response body the URL fetcher reads before giving up (counted as bytes arrive, after decompression). */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;
/** Wall-clock budget for one fetch, across DNS, redirects and the body. */
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
