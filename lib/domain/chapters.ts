import type { AudioTimelineEntry } from "./audio-timeline";

/** A chapter of the published episode: one script segment, where its lines sit in the master. */
export interface Chapter {
  title: string;
  startMs: number;
  endMs: number;
}

/**
 * The chapters of an episode from its master's timeline: one per segment that has lines, titled by the script's
 * segment titles, starting where its first line starts (the first at 0) and ending where the next begins.
 */
export function chaptersFromTimeline(
  timeline: readonly AudioTimelineEntry[],
  segmentTitles: readonly string[],
  durationMs: number,
): Chapter[] {
  const starts = new Map<number, number>();
  for (const entry of timeline) {
    const start = Math.round(entry.start * 1000);
    const known = starts.get(entry.segment);
    if (known === undefined || start < known) starts.set(entry.segment, start);
  }
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  return ordered.map(([segment, startMs], i) => ({
    title: segmentTitles[segment]?.trim() || `Part ${i + 1}`,
    startMs: i === 0 ? 0 : startMs,
    endMs: ordered[i + 1]?.[1] ?? durationMs,
  }));
}

/** Podcasting 2.0 JSON chapters (https://github.com/Podcastindex-org/podcast-namespace, chapters 1.2.0). */
export function toChaptersJson(chapters: readonly Chapter[], meta: { title?: string; podcastName?: string } = {}) {
  return {
    version: "1.2.0",
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.podcastName ? { podcastName: meta.podcastName } : {}),
    chapters: chapters.map((c) => ({ startTime: c.startMs / 1000, endTime: c.endMs / 1000, title: c.title })),
  };
}
