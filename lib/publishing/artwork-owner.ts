import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Whose artwork: a show's, or an episode's own (which replaces the show's for that episode). */
export type ArtworkOwner = { kind: "show"; id: string } | { kind: "episode"; id: string };

/** The artwork columns Show and Episode share. */
export interface ArtworkColumns {
  artworkKey: string | null;
  artworkType: string | null;
  artworkWidth: number | null;
  artworkUpdatedAt: Date | null;
}

export const NO_ARTWORK: ArtworkColumns = {
  artworkKey: null,
  artworkType: null,
  artworkWidth: null,
  artworkUpdatedAt: null,
};

export const ownerLabel = (owner: ArtworkOwner) => (owner.kind === "show" ? "That show" : "That episode");

/**
 * The owner's current artwork key, its row locked until the transaction ends, so two uploads at once replace one
 * another in turn and each knows which file it replaced. Throws 404 when there is no such show or episode.
 */
export async function lockArtworkOwner(tx: Prisma.TransactionClient, owner: ArtworkOwner): Promise<string | null> {
  const rows =
    owner.kind === "show"
      ? await tx.$queryRaw<{ artworkKey: string | null }[]>`
          SELECT "artworkKey" FROM "Show" WHERE id = ${owner.id} FOR UPDATE`
      : await tx.$queryRaw<{ artworkKey: string | null }[]>`
          SELECT "artworkKey" FROM "Episode" WHERE id = ${owner.id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new NotFoundError(ownerLabel(owner));
  return row.artworkKey;
}

/** Writes the owner's artwork columns and its audit entry, in the caller's transaction. */
export async function writeArtworkColumns(
  tx: Prisma.TransactionClient,
  owner: ArtworkOwner,
  columns: ArtworkColumns,
  audit: { actorId: string; action: "replace" | "remove"; replacedKey: string | null },
): Promise<void> {
  if (owner.kind === "show") await tx.show.update({ where: { id: owner.id }, data: columns });
  else await tx.episode.update({ where: { id: owner.id }, data: columns });
  await recordAudit(tx, {
    actorId: audit.actorId,
    action: `${owner.kind}.artwork.${audit.action}`,
    entityType: owner.kind === "show" ? "Show" : "Episode",
    entityId: owner.id,
    ...(owner.kind === "episode" ? { episodeId: owner.id } : {}),
    data: { key: columns.artworkKey, replacedKey: audit.replacedKey, width: columns.artworkWidth },
  });
}
