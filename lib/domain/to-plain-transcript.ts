import type { AudioTimelineEntry } from "./audio-timeline";
import { transcriptCues } from "./transcript-cues";

/**
 * The transcript to read: one paragraph per turn, "Speaker: what they said", consecutive lines of the same speaker
 * joined into one paragraph, paragraphs apart by a blank line.
 */
export function toPlainTranscript(timeline: readonly AudioTimelineEntry[]): string {
  const turns: { speaker: string; texts: string[] }[] = [];
  for (const cue of transcriptCues(timeline)) {
    const last = turns.at(-1);
    if (last && last.speaker === cue.speaker) last.texts.push(cue.text);
    else turns.push({ speaker: cue.speaker, texts: [cue.text] });
  }
  return turns.map((t) => `${t.speaker ? `${t.speaker}: ` : ""}${t.texts.join(" ")}\n`).join("\n");
}
