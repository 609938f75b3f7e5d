"use client";
// CONTRACT (issue 16 base): part A replaces this component (same name and props).
export function ShowNotesEditor(_props: { episodeId: string; canEdit: boolean }) {
  return null;
}
