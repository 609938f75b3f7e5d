import type { Script } from "@/lib/domain/script";

/** A script line with its place: `line` is 1-based across the script, `segment` 0-based. */
export interface ScriptLine {
  line: number;
  segment: number;
  speaker: string;
  text: string;
}

export function scriptLines(script: Script): ScriptLine[] {
  const lines: ScriptLine[] = [];
  script.segments.forEach((segment, s) =>
    segment.lines.forEach((l) => lines.push({ line: lines.length + 1, segment: s, speaker: l.speaker, text: l.text })),
  );
  return lines;
}
