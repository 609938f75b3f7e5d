import { randomBytes } from "node:crypto";

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

/** Which publication's copy a stored column holds. */
export const PUBLISHED_FILE_COLUMNS = {
  "episode.mp3": "audioKey",
  "transcript.vtt": "transcriptVttKey",
  "transcript.srt": "transcriptSrtKey",
  "chapters.json": "chaptersKey",
} as const satisfies Record<PublicEpisodeFile, string>;

/**
 * A new release: the folder of the copies one publish makes, named by its time and a random suffix, so two publishes
 * (two clicks, a click and the schedule) never share one, and a failed one can delete its own without touching another.
 */
export const newRelease = (now: Date) => `${now.getTime()}-${randomBytes(4).toString("hex")}`;

/** The release a published file's key is in. */
export const releaseOfKey = (key: string) => key.split("/")[3] ?? "";

/**
 * The storage key of a published episode's file: under public/, so a bucket can expose that prefix alone, and in a
 * folder of its release, so a republished file gets a new URL (apps and CDNs cache media for hours) and deleting an
 * old release's copies never touches a newer one's.
 */
export function publishedFileKey(episodeId: string, release: string, file: PublicEpisodeFile): string {
  return `public/episodes/${episodeId}/${release}/${file}`;
}

/** The storage key of an artwork image, versioned so a replaced image gets a new URL (apps cache artwork hard). */
export function artworkKey(owner: { kind: "show" | "episode"; id: string }, mimeType: string, at: Date): string {
  const ext = mimeType === "image/png" ? "png" : "jpg";
  return `public/${owner.kind}s/${owner.id}/artwork-${at.getTime()}.${ext}`;
}

/** The file name at the end of an artwork key, as public and studio URLs name it. */
export const artworkFileName = (key: string) => key.slice(key.lastIndexOf("/") + 1);

/** The show's feed, always served by the studio. */
export function feedUrl(publicBaseUrl: string, slug: string): string {
  return `${trimSlash(publicBaseUrl)}/api/public/shows/${encodeURIComponent(slug)}/feed.xml`;
}

/**
 * A published episode's file by its storage key (`public/episodes/…`): the media base at that key, or the studio's
 * public route, whose path is the key itself under /api/.
 */
export function publicFileUrl(bases: { publicBaseUrl: string; mediaBaseUrl?: string | null }, key: string): string {
  return bases.mediaBaseUrl
    ? `${trimSlash(bases.mediaBaseUrl)}/${key}`
    : `${trimSlash(bases.publicBaseUrl)}/api/${key}`;
}

/** An artwork image by its storage key: the studio's public route for its owner, or the media base at the key. */
export function artworkUrl(
  bases: { publicBaseUrl: string; mediaBaseUrl?: string | null },
  owner: { kind: "show"; slug: string } | { kind: "episode"; id: string },
  key: string,
): string {
  if (bases.mediaBaseUrl) return `${trimSlash(bases.mediaBaseUrl)}/${key}`;
  const file = artworkFileName(key);
  const path =
    owner.kind === "show" ? `shows/${encodeURIComponent(owner.slug)}` : `episodes/${encodeURIComponent(owner.id)}`;
  return `${trimSlash(bases.publicBaseUrl)}/api/public/${path}/artwork/${file}`;
}
