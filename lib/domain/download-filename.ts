/** The most characters of a title a download's file name keeps (long names get cut by browsers and file systems). */
const MAX_NAME = 80;

/** Lower case, runs of what `other` matches as one "-", no "-" at either end, at most MAX_NAME characters. */
const slugOf = (title: string, other: RegExp) =>
  title
    .toLowerCase()
    .replace(other, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, MAX_NAME)
    .replace(/-$/, "");

// RFC 8187 encodes all but attr-chars; encodeURIComponent leaves four of the others as they are.
const rfc8187 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Content-Disposition for an episode's download: `attachment`, an ASCII file name from the title ("the-sleep-episode.mp3",
 * "episode.mp3" when nothing is left) for every browser, and `filename*` keeping the title's letters in any script.
 */
export function attachmentDisposition(title: string, extension: string): string {
  const ascii = slugOf(title.normalize("NFKD").replace(/\p{M}+/gu, ""), /[^a-z0-9]+/g) || "episode";
  const unicode = slugOf(title.normalize("NFC"), /[^\p{L}\p{M}\p{N}]+/gu) || ascii;
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${rfc8187(`${unicode}.${extension}`)}`;
}
