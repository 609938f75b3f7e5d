import type { AudioTimelineEntry } from "./audio-timeline";

/** One spoken line of the transcript, as every transcript format writes it. */
export interface TranscriptCue {
  /** The script line it voices (1-based), the WebVTT cue id. */
  line: number;
  speaker: string;
  text: string;
  start: number;
  end: number;
}

/** One line per cue: a blank line would end a cue early, so line breaks and runs of spaces become one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The rules every transcript format shares (WebVTT, SRT, plain text): cues ordered by start time (script order on
 * ties), lines with no words left out, text and speaker on one line, and an end before its start moved to the start.
 */
export function transcriptCues(timeline: readonly AudioTimelineEntry[]): TranscriptCue[] {
  return timeline
    .map((entry, index) => ({ entry, index, text: oneLine(entry.text) }))
    .filter((c) => c.text.length > 0)
    .sort((a, b) => a.entry.start - b.entry.start || a.index - b.index)
    .map(({ entry, text }) => ({
      line: entry.line,
      speaker: oneLine(entry.speaker),
      text,
      start: entry.start,
      end: Math.max(entry.start, entry.end),
    }));
}
