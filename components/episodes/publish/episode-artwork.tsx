"use client";

import { ArtworkEditor } from "@/components/shows/artwork-editor";

/** The episode's own artwork, which podcast apps show for it instead of the show's; without one, the show's. */
export function EpisodeArtwork({ episodeId, canEdit }: { episodeId: string; canEdit: boolean }) {
  return (
    <section aria-labelledby="episode-artwork-heading" className="space-y-3">
      <h3 id="episode-artwork-heading" className="font-semibold">
        Episode artwork
      </h3>
      <ArtworkEditor endpoint={`/api/episodes/${episodeId}/artwork`} inputLabel="Episode artwork" canEdit={canEdit} />
    </section>
  );
}
