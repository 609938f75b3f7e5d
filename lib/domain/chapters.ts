import type { AudioTimelineEntry } from "./audio-timeline";

/** A chapter of the published episode: one script segment, where its lines sit in the master. */
export interface Chapter {
  title: string;
  startMs: number;
  endMs: number;
}

/**
 * The chapters of an episode from its master's timeline: one per segment that has lines, titled by the script's
 * segment titles ("Part n" for an untitled one), starting where its first line starts (the first at 0, so the
 * chapters cover the whole file) and ending where the next begins or the audio ends. A segment that would last no
 * time (it starts where the next does) is left out: apps cannot seek to it.
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
  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const end = Math.max(0, Math.round(durationMs));
  return ordered
    .map(([segment, startMs], i) => {
      const start = i === 0 ? 0 : Math.min(startMs, end);
      return {
        title: segmentTitles[segment]?.replace(/\s+/g, " ").trim() || `Part ${segment + 1}`,
        startMs: start,
        endMs: Math.max(start, Math.min(ordered[i + 1]?.[1] ?? end, end)),
      };
    })
    .filter((c, _, all) => c.endMs > c.startMs || all.length === 1);
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

/** A chapter's start as show notes and players print it: m:ss, or h:mm:ss from an hour on. */
export function formatChapterTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
