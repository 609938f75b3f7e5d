import { buffer } from "node:stream/consumers";
import type { Db } from "@/lib/db";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { findArtwork } from "./find-artwork";

export interface ArtworkImage {
  key: string;
  bytes: Buffer;
  mimeType: string;
  width: number;
}

/** The episode's own artwork, else its show's, with its bytes from storage; null when neither has one. */
export async function readArtwork(
  db: Db,
  storage: AudioStorage,
  owner: { showId: string; episodeId?: string },
): Promise<ArtworkImage | null> {
  const artwork = await findArtwork(db, owner);
  if (!artwork) return null;
  const object = await storage.get(artwork.key);
  return { key: artwork.key, bytes: await buffer(object.body), mimeType: artwork.mimeType, width: artwork.width };
}
