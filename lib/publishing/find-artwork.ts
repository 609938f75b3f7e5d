import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { ownerLabel, type ArtworkColumns, type ArtworkOwner } from "./artwork-owner";
import { artworkFileName } from "./public-urls";

/** An artwork image as its row records it. */
export interface StoredArtwork {
  key: string;
  mimeType: string;
  width: number;
  updatedAt: Date;
}

const COLUMNS = { artworkKey: true, artworkType: true, artworkWidth: true, artworkUpdatedAt: true } as const;

function stored(row: ArtworkColumns | null): StoredArtwork | null {
  if (!row?.artworkKey || !row.artworkType || !row.artworkWidth || !row.artworkUpdatedAt) return null;
  return { key: row.artworkKey, mimeType: row.artworkType, width: row.artworkWidth, updatedAt: row.artworkUpdatedAt };
}

/** A show's or an episode's own artwork (null: none); 404 when there is no such show or episode. */
export async function findOwnArtwork(db: Db, owner: ArtworkOwner): Promise<StoredArtwork | null> {
  const row =
    owner.kind === "show"
      ? await db.show.findUnique({ where: { id: owner.id }, select: COLUMNS })
      : await db.episode.findUnique({ where: { id: owner.id }, select: COLUMNS });
  if (!row) throw new NotFoundError(ownerLabel(owner));
  return stored(row);
}

/** An episode's own artwork and its show's (what it falls back to); 404 when there is no such episode. */
export async function findEpisodeArtworks(db: Db, episodeId: string) {
  const row = await db.episode.findUnique({
    where: { id: episodeId },
    select: { ...COLUMNS, show: { select: { id: true, ...COLUMNS } } },
  });
  if (!row) throw new NotFoundError("That episode");
  return { own: stored(row), showId: row.show.id, show: stored(row.show) };
}

/** The artwork that applies: the episode's own when it has one, else its show's; null when neither has one. */
export async function findArtwork(
  db: Db,
  owner: { showId: string; episodeId?: string },
): Promise<StoredArtwork | null> {
  const [episode, show] = await Promise.all([
    owner.episodeId
      ? db.episode.findFirst({ where: { id: owner.episodeId, showId: owner.showId }, select: COLUMNS })
      : null,
    db.show.findUnique({ where: { id: owner.showId }, select: COLUMNS }),
  ]);
  return stored(episode) ?? stored(show);
}

/**
 * The show's current artwork when `file` names it (older, replaced names are gone); null otherwise, and for a show
 * without a public address: it has no feed yet, so nothing of it is public.
 */
export async function findPublicShowArtwork(db: Db, slug: string, file: string): Promise<StoredArtwork | null> {
  const artwork = stored(await db.show.findFirst({ where: { slug, publicBaseUrl: { not: null } }, select: COLUMNS }));
  return artwork && artworkFileName(artwork.key) === file ? artwork : null;
}

/** A published episode's own current artwork when `file` names it; null for an episode not (or no longer) published. */
export async function findPublicEpisodeArtwork(db: Db, episodeId: string, file: string): Promise<StoredArtwork | null> {
  const row = await db.episode.findFirst({
    where: { id: episodeId, publication: { status: "PUBLISHED" } },
    select: COLUMNS,
  });
  const artwork = stored(row);
  return artwork && artworkFileName(artwork.key) === file ? artwork : null;
}
