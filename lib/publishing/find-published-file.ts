import type { Db } from "@/lib/db";
import { entityTag } from "@/lib/http/serve-range";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { isPublicEpisodeFile, PUBLIC_EPISODE_FILES, PUBLISHED_FILE_COLUMNS, publishedFileKey } from "./public-urls";

/**
 * A published episode's public file as the public route serves it, or null for an unknown episode, one not published
 * now, a release other than the current one, a name not among its public files, or a file gone from storage. A
 * release's bytes never change, so its ETag is its key and size.
 */
export async function findPublishedFile(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  release: string,
  file: string,
) {
  if (!isPublicEpisodeFile(file)) return null;
  const publication = await db.publication.findUnique({ where: { episodeId } });
  if (publication?.status !== "PUBLISHED") return null;
  const key = publishedFileKey(episodeId, release, file);
  if (publication[PUBLISHED_FILE_COLUMNS[file]] !== key) return null;
  // The enclosure's length is on the row (the feed states it); the small text files are measured where they lie.
  const size = file === "episode.mp3" ? publication.audioBytes : (await storage.stat(key))?.size;
  if (size === null || size === undefined) return null;
  return { key, size, contentType: PUBLIC_EPISODE_FILES[file].mimeType, etag: entityTag(key, size) };
}
