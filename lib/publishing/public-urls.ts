/**
 * Where the public copies of a show live: the feed, the published episodes' files and the artwork. The studio serves
 * them under /api/public/ (no sign-in); with PUBLIC_MEDIA_BASE_URL set (a bucket or a CDN in front of S3 storage) the
 * media URLs point there instead, at the same storage keys. Only the feed is always the studio's.
 */

/** The files of a published episode, by the name they have in their public URL. */
export const PUBLIC_EPISODE_FILES = {
  "episode.mp3": { mimeType: "audio/mpeg" },
  "transcript.vtt": { mimeType: "text/vtt; charset=utf-8" },
  "transcript.srt": { mimeType: "application/x-subrip; charset=utf-8" },
  "chapters.json": { mimeType: "application/json+chapters; charset=utf-8" },
} as const;
export type PublicEpisodeFile = keyof typeof PUBLIC_EPISODE_FILES;

export function isPublicEpisodeFile(name: string): name is PublicEpisodeFile {
  return Object.hasOwn(PUBLIC_EPISODE_FILES, name);
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The storage key of a published episode's file: under public/, so a bucket can expose that prefix alone. */
export function publishedFileKey(episodeId: string, file: PublicEpisodeFile): string {
  return `public/episodes/${episodeId}/${file}`;
}

/** The storage key of an artwork image, versioned so a replaced image gets a new URL (apps cache artwork hard). */
export function artworkKey(owner: { kind: "show" | "episode"; id: string }, mimeType: string, at: Date): string {
  const ext = mimeType === "image/png" ? "png" : "jpg";
  return `public/${owner.kind}s/${owner.id}/artwork-${at.getTime()}.${ext}`;
}

/** The show's feed, always served by the studio. */
export function feedUrl(publicBaseUrl: string, slug: string): string {
  return `${trimSlash(publicBaseUrl)}/api/public/shows/${encodeURIComponent(slug)}/feed.xml`;
}

/** A published episode's file: the studio's public route, or the media base at its storage key. */
export function publicFileUrl(
  bases: { publicBaseUrl: string; mediaBaseUrl?: string | null },
  episodeId: string,
  file: PublicEpisodeFile,
): string {
  if (bases.mediaBaseUrl) return `${trimSlash(bases.mediaBaseUrl)}/${publishedFileKey(episodeId, file)}`;
  return `${trimSlash(bases.publicBaseUrl)}/api/public/episodes/${episodeId}/${file}`;
}

/** An artwork image by its storage key: the studio's public route for its owner, or the media base at the key. */
export function artworkUrl(
  bases: { publicBaseUrl: string; mediaBaseUrl?: string | null },
  owner: { kind: "show"; slug: string } | { kind: "episode"; id: string },
  key: string,
): string {
  if (bases.mediaBaseUrl) return `${trimSlash(bases.mediaBaseUrl)}/${key}`;
  const file = key.slice(key.lastIndexOf("/") + 1);
  const path =
    owner.kind === "show" ? `shows/${encodeURIComponent(owner.slug)}` : `episodes/${encodeURIComponent(owner.id)}`;
  return `${trimSlash(bases.publicBaseUrl)}/api/public/${path}/artwork/${file}`;
}
