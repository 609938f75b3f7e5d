"use client";
// CONTRACT (issue 16 base): part D replaces this component (same name and props).
export function PublishControls(_props: { episodeId: string; canPublish: boolean }) {
  return null;
}
