import type { Script } from "@/lib/domain/script";

/**
 * An editor's changes to a script, as pure functions: each takes the segments and returns new ones (the input is
 * never mutated), so the editor's state is one value and every move is testable without a browser.
 */
export type Segments = Script["segments"];
export type Line = Segments[number]["lines"][number];
/** A line's place: segment and line, both 0-based. */
export interface LinePlace {
  segment: number;
  line: number;
}

const lineAt = (segments: Segments, at: LinePlace): Line | undefined => segments[at.segment]?.lines[at.line];

function mapSegment(segments: Segments, s: number, change: (lines: Line[]) => Line[]): Segments {
  return segments.map((seg, i) => (i === s ? { ...seg, lines: change(seg.lines) } : seg));
}

export function setText(segments: Segments, at: LinePlace, text: string): Segments {
  return mapSegment(segments, at.segment, (lines) => lines.map((l, i) => (i === at.line ? { ...l, text } : l)));
}

export function setSpeaker(segments: Segments, at: LinePlace, speaker: string): Segments {
  return mapSegment(segments, at.segment, (lines) => lines.map((l, i) => (i === at.line ? { ...l, speaker } : l)));
}

/** A new empty line after `at`, spoken by `speaker`; its place is returned so the editor can focus it. */
export function addLine(segments: Segments, at: LinePlace, speaker: string): { segments: Segments; at: LinePlace } {
  const next = { segment: at.segment, line: at.line + 1 };
  return {
    segments: mapSegment(segments, at.segment, (lines) => lines.toSpliced(next.line, 0, { speaker, text: "" })),
    at: next,
  };
}

export function deleteLine(segments: Segments, at: LinePlace): Segments {
  return mapSegment(segments, at.segment, (lines) => lines.toSpliced(at.line, 1));
}

export function duplicateLine(segments: Segments, at: LinePlace): { segments: Segments; at: LinePlace } {
  const line = lineAt(segments, at);
  if (!line) return { segments, at };
  const next = { segment: at.segment, line: at.line + 1 };
  return {
    segments: mapSegment(segments, at.segment, (lines) => lines.toSpliced(next.line, 0, { ...line })),
    at: next,
  };
}

/**
 * Moves a line one place up (-1) or down (+1). At a segment's edge it crosses into the neighbouring segment (the end
 * of the one before, the start of the one after); at the script's edge it stays. Returns where the line now is.
 */
export function moveLine(segments: Segments, at: LinePlace, by: -1 | 1): { segments: Segments; at: LinePlace } {
  const line = lineAt(segments, at);
  if (!line) return { segments, at };
  const inSegment = at.line + by;
  if (inSegment >= 0 && inSegment < segments[at.segment]!.lines.length) {
    const to = { segment: at.segment, line: inSegment };
    return {
      segments: mapSegment(segments, at.segment, (lines) => lines.toSpliced(at.line, 1).toSpliced(to.line, 0, line)),
      at: to,
    };
  }
  const segment = at.segment + by;
  if (segment < 0 || segment >= segments.length) return { segments, at };
  const to = { segment, line: by < 0 ? segments[segment]!.lines.length : 0 };
  const removed = deleteLine(segments, at);
  return { segments: mapSegment(removed, segment, (lines) => lines.toSpliced(to.line, 0, line)), at: to };
}

/**
 * Splits a line at the caret into two lines of the same speaker (each part trimmed). A caret at either end would
 * leave an empty line, so nothing changes then.
 */
export function splitLine(segments: Segments, at: LinePlace, caret: number): { segments: Segments; at: LinePlace } {
  const line = lineAt(segments, at);
  if (!line) return { segments, at };
  const before = line.text.slice(0, caret).trim();
  const after = line.text.slice(caret).trim();
  if (!before || !after) return { segments, at };
  const next = { segment: at.segment, line: at.line + 1 };
  return {
    segments: mapSegment(segments, at.segment, (lines) =>
      lines.toSpliced(at.line, 1, { ...line, text: before }, { speaker: line.speaker, text: after }),
    ),
    at: next,
  };
}

/** Joins a line with the next one of its segment (one space between), keeping the first line's speaker. */
export function mergeWithNext(segments: Segments, at: LinePlace): Segments {
  const line = lineAt(segments, at);
  const next = lineAt(segments, { segment: at.segment, line: at.line + 1 });
  if (!line || !next) return segments;
  const text = [line.text.trim(), next.text.trim()].filter(Boolean).join(" ");
  return mapSegment(segments, at.segment, (lines) => lines.toSpliced(at.line, 2, { ...line, text }));
}

export function renameSegment(segments: Segments, s: number, title: string): Segments {
  return segments.map((seg, i) => (i === s ? { ...seg, title } : seg));
}

/** A new segment after segment `s`, with one empty line for `speaker` to fill. */
export function addSegment(segments: Segments, s: number, title: string, speaker: string): Segments {
  return segments.toSpliced(s + 1, 0, { title, lines: [{ speaker, text: "" }] });
}

export function removeSegment(segments: Segments, s: number): Segments {
  return segments.toSpliced(s, 1);
}
