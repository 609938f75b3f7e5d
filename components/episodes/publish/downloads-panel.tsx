"use client";
// CONTRACT (issue 16 base): part A replaces this component (same name and props).
export function DownloadsPanel(_props: { episodeId: string }) {
  return null;
}
