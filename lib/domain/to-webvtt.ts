import type { AudioTimelineEntry } from "./audio-timeline";
import { transcriptCues } from "./transcript-cues";

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

/**
 * The episode's transcript as WebVTT: one cue per script line with its speaker as a voice span (`<v Speaker>`),
 * the form podcast apps read for podcast:transcript. The cue rules (order, empty lines, one line) are
 * transcript-cues.ts's.
 */
export function toWebVtt(timeline: readonly AudioTimelineEntry[]): string {
  const cues = transcriptCues(timeline).map(({ line, speaker, text, start, end }) => {
    const body = speaker ? `<v ${escapeVttText(speaker)}>${escapeVttText(text)}` : escapeVttText(text);
    return `${line}\n${formatVttTimestamp(start)} --> ${formatVttTimestamp(end)}\n${body}\n`;
  });
  return ["WEBVTT\n", ...cues].join("\n");
}
