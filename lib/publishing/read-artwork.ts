// CONTRACT (issue 16 base): part B replaces this with the stored artwork's bytes.
import type { Db } from "@/lib/db";
import type { AudioStorage } from "@/lib/providers/storage/types";

export interface ArtworkImage {
  key: string;
  bytes: Buffer;
  mimeType: string;
  width: number;
}

/** The episode's own artwork, else its show's; null when neither has one. */
export async function readArtwork(
  _db: Db,
  _storage: AudioStorage,
  _owner: { showId: string; episodeId?: string },
): Promise<ArtworkImage | null> {
  return null;
}
