"use client";
import { PublishControls } from "./publish-controls";
import { DownloadsPanel } from "./downloads-panel";
import { ShowNotesEditor } from "./show-notes-editor";
import { EpisodeArtwork } from "./episode-artwork";

/** The Publish tab of a Ready episode: publishing, downloads, show notes and the episode's artwork. */
export function PublishTab({ episodeId, canEdit }: { episodeId: string; canEdit: boolean }) {
  return (
    <div className="space-y-8">
      <PublishControls episodeId={episodeId} canPublish={canEdit} />
      <DownloadsPanel episodeId={episodeId} />
      <ShowNotesEditor episodeId={episodeId} canEdit={canEdit} />
      <EpisodeArtwork episodeId={episodeId} canEdit={canEdit} />
    </div>
  );
}
