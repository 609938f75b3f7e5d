// CONTRACT (issue 16 base): part A owns this file (speaker prefixes, shared cue rules with to-webvtt.ts).
import type { AudioTimelineEntry } from "./audio-timeline";

const srtTime = (seconds: number) => {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
};

/** The episode's transcript as SubRip: one numbered cue per spoken line, "Speaker: text". */
export function toSrt(timeline: readonly AudioTimelineEntry[]): string {
  return timeline
    .filter((e) => e.text.trim())
    .map((e, i) => `${i + 1}\n${srtTime(e.start)} --> ${srtTime(Math.max(e.start, e.end))}\n${e.speaker}: ${e.text.replace(/\s+/g, " ").trim()}\n`)
    .join("\n");
}
