import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import { requireRole } from "@/lib/domain/roles";
import type { AudioStorage } from "@/lib/providers/storage/types";
import {
  lockArtworkOwner,
  NO_ARTWORK,
  writeArtworkColumns,
  type ArtworkColumns,
  type ArtworkOwner,
} from "./artwork-owner";
import { checkArtworkImage } from "./check-artwork-image";
import { artworkKey } from "./public-urls";

/** Deletes a file no row points at any more; a failure leaves an orphan file, never a broken row. */
async function deleteReplaced(storage: AudioStorage, key: string | null) {
  if (!key) return;
  await storage.delete(key).catch((error: unknown) => console.warn(`Could not delete replaced artwork ${key}:`, error));
}

/**
 * Makes the uploaded image the owner's artwork: checked by its bytes (nothing is written when it is refused), stored
 * under a new versioned key, then the row and its audit entry in one transaction; the replaced file is deleted only
 * after that commits, and the new one if it does not.
 */
export async function saveArtwork(
  db: Db,
  storage: AudioStorage,
  owner: ArtworkOwner,
  bytes: Uint8Array,
  actor: SessionUser,
): Promise<ArtworkColumns> {
  requireRole(actor, "EDITOR", "change artwork");
  const image = await checkArtworkImage(bytes);
  // Refuse an unknown owner before anything is stored.
  await db.$transaction((tx) => lockArtworkOwner(tx, owner));

  const at = new Date();
  const key = artworkKey(owner, image.mimeType, at);
  const columns: ArtworkColumns = {
    artworkKey: key,
    artworkType: image.mimeType,
    artworkWidth: image.width,
    artworkUpdatedAt: at,
  };
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view, not a copy
  await storage.put(key, file, image.mimeType);
  let replacedKey: string | null;
  try {
    replacedKey = await db.$transaction(async (tx) => {
      const before = await lockArtworkOwner(tx, owner);
      await writeArtworkColumns(tx, owner, columns, { actorId: actor.id, action: "replace", replacedKey: before });
      return before;
    });
  } catch (error) {
    await deleteReplaced(storage, key);
    throw error;
  }
  if (replacedKey !== key) await deleteReplaced(storage, replacedKey);
  return columns;
}

/** Removes the owner's artwork (an episode then uses its show's); the file goes once the row no longer names it. */
export async function removeArtwork(db: Db, storage: AudioStorage, owner: ArtworkOwner, actor: SessionUser) {
  requireRole(actor, "EDITOR", "change artwork");
  const removedKey = await db.$transaction(async (tx) => {
    const before = await lockArtworkOwner(tx, owner);
    if (before)
      await writeArtworkColumns(tx, owner, NO_ARTWORK, { actorId: actor.id, action: "remove", replacedKey: before });
    return before;
  });
  await deleteReplaced(storage, removedKey);
}
