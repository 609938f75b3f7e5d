import type { AudioTimelineEntry } from "./audio-timeline";
import { transcriptCues } from "./transcript-cues";

/** hh:mm:ss,mmm, as SubRip writes cue times. */
export function formatSrtTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)},${pad(ms % 1000, 3)}`;
}

/**
 * The episode's transcript as SubRip: cues numbered 1, 2, 3… (players expect a gapless count, so not the script's
 * line numbers), each "Speaker: text" on one line. SubRip has no voice tag, hence the speaker prefix.
 */
export function toSrt(timeline: readonly AudioTimelineEntry[]): string {
  return transcriptCues(timeline)
    .map(
      ({ speaker, text, start, end }, i) =>
        `${i + 1}\n${formatSrtTimestamp(start)} --> ${formatSrtTimestamp(end)}\n${speaker ? `${speaker}: ` : ""}${text}\n`,
    )
    .join("\n");
}
