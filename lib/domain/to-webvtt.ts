import type { AudioTimelineEntry } from "./audio-timeline";

/** hh:mm:ss.mmm, as WebVTT cue timings want them (hours always shown, so files over an hour stay valid). */
export function formatVttTimestamp(seconds: number): string {
  const totalMs = Math.max(0, Math.round(seconds * 1000));
  const ms = totalMs % 1000;
  const totalSeconds = Math.floor(totalMs / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}.${pad(ms, 3)}`;
}

/** Cue text and voice annotations may not hold a raw `&`, `<` or `>` (a `>` could also spell `-->`). */
export function escapeVttText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One line per cue: a blank line would end the cue early, so line breaks and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The episode's transcript as WebVTT: one cue per script line with its speaker as a voice span (`<v Speaker>`),
 * the form podcast apps read for podcast:transcript. Cues are ordered by start time; lines with no words are left
 * out; an end before its start is moved to the start.
 */
export function toWebVtt(timeline: readonly AudioTimelineEntry[]): string {
  const cues = timeline
    .map((entry, index) => ({ entry, index, text: oneLine(entry.text) }))
    .filter((c) => c.text.length > 0)
    .sort((a, b) => a.entry.start - b.entry.start || a.index - b.index)
    .map(({ entry, text }) => {
      const speaker = oneLine(entry.speaker);
      const body = speaker ? `<v ${escapeVttText(speaker)}>${escapeVttText(text)}` : escapeVttText(text);
      const timing = `${formatVttTimestamp(entry.start)} --> ${formatVttTimestamp(Math.max(entry.start, entry.end))}`;
      return `${entry.line}\n${timing}\n${body}\n`;
    });
  return ["WEBVTT\n", ...cues].join("\n");
}
