"use client";
// CONTRACT (issue 16 base): part B replaces this component (same name and props).
export function EpisodeArtwork(_props: { episodeId: string; canEdit: boolean }) {
  return null;
}
