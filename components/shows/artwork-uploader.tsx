"use client";

import { TitledCard } from "@/components/ui/card";
import { ArtworkEditor } from "./artwork-editor";

/** The show's artwork on the show page: what podcast apps show for the show and every episode without its own. */
export function ArtworkUploader({ showId, canEdit }: { showId: string; canEdit: boolean }) {
  return (
    <section id="show-artwork">
      <TitledCard title="Artwork">
        <ArtworkEditor endpoint={`/api/shows/${showId}/artwork`} inputLabel="Show artwork" canEdit={canEdit} />
      </TitledCard>
    </section>
  );
}
