import "server-only";
import type { Db } from "@/lib/db";
import type { ArtworkOwner } from "./artwork-owner";
import { findEpisodeArtworks, findOwnArtwork, type StoredArtwork } from "./find-artwork";
import { artworkFileName } from "./public-urls";

/** An artwork image as the studio shows it: where to load it (a private studio URL) and its size. */
export interface ArtworkView {
  src: string;
  mimeType: string;
  /** Width and height in px: artwork is square. */
  width: number;
  updatedAt: string;
}

const view = (owner: ArtworkOwner, artwork: StoredArtwork | null): ArtworkView | null =>
  artwork && {
    src: `/api/${owner.kind}s/${owner.id}/artwork/${artworkFileName(artwork.key)}`,
    mimeType: artwork.mimeType,
    width: artwork.width,
    updatedAt: artwork.updatedAt.toISOString(),
  };

export interface ShowArtworkView {
  artwork: ArtworkView | null;
}

export interface EpisodeArtworkView {
  /** The episode's own artwork; null: it uses its show's. */
  artwork: ArtworkView | null;
  showArtwork: ArtworkView | null;
}

export async function describeShowArtwork(db: Db, showId: string): Promise<ShowArtworkView> {
  const owner = { kind: "show", id: showId } as const;
  return { artwork: view(owner, await findOwnArtwork(db, owner)) };
}

export async function describeEpisodeArtwork(db: Db, episodeId: string): Promise<EpisodeArtworkView> {
  const found = await findEpisodeArtworks(db, episodeId);
  return {
    artwork: view({ kind: "episode", id: episodeId }, found.own),
    showArtwork: view({ kind: "show", id: found.showId }, found.show),
  };
}
