/** Largest file a producer may upload as a source. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Most text one source may hold (UTF-8 bytes): enough for a long report, small enough to index and prompt with. */
export const MAX_SOURCE_TEXT_BYTES = 512 * 1024;
/** Most text an episode's sources may hold together: four full sources, and what bounds a new episode's request. */
export const MAX_SOURCES_TOTAL_BYTES = 2 * 1024 * 1024;

export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
