import type { AudioTimelineEntry } from "@/lib/domain/audio-timeline";

export interface TimelinePart {
  start: number;
  /** Infinity for the last part: to the end of the file. */
  end: number;
  entries: AudioTimelineEntry[];
}

/**
 * Cuts a timeline into at most `parts` stretches of about equal length, each cut in the middle of the pause between
 * two lines, so no word is split and each stretch can be transcribed on its own (in parallel) against its own lines.
 */
export function splitTimeline(timeline: readonly AudioTimelineEntry[], parts: number): TimelinePart[] {
  if (timeline.length === 0) return [];
  const total = timeline.at(-1)!.end;
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const goal = (total * k) / parts;
    let best = -1;
    for (let i = 1; i < timeline.length; i++) {
      if (cuts.includes(i) || (cuts.length && i <= cuts.at(-1)!)) continue;
      if (best < 0 || Math.abs(timeline[i]!.start - goal) < Math.abs(timeline[best]!.start - goal)) best = i;
    }
    if (best > 0) cuts.push(best);
  }
  const bounds = [0, ...cuts, timeline.length];
  return bounds.slice(0, -1).map((from, p) => {
    const to = bounds[p + 1]!;
    const start = from === 0 ? 0 : (timeline[from - 1]!.end + timeline[from]!.start) / 2;
    const end = to === timeline.length ? Infinity : (timeline[to - 1]!.end + timeline[to]!.start) / 2;
    return { start, end, entries: timeline.slice(from, to) };
  });
}
