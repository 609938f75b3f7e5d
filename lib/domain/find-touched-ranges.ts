import { diffArrays } from "diff";
import type { Script } from "./script";

type Range = { firstLine: number; lastLine: number };

const keysOf = (script: Pick<Script, "segments">) =>
  script.segments.flatMap((s) => s.lines.map((l) => `${l.speaker}\u0000${l.text}`));

/**
 * How a revision's lines line up with the ones before it, by a diff of speaker and text (so lines moved by an
 * insertion elsewhere still count as kept). Lines are numbered from 1 across the script, as the read view numbers
 * them. `newRangeOf[n]` is where old line n now sits: itself if kept, the lines that replaced it if it was reworded,
 * null if it was deleted outright.
 */
function alignLines(before: Pick<Script, "segments">, after: Pick<Script, "segments">) {
  const removed = new Set<number>(); // old line numbers that did not survive
  const insertedBefore = new Set<number>(); // an added line sits before old line n (n = old count + 1: at the end)
  const newRangeOf: (Range | null)[] = [null];
  let i = 0; // old lines passed
  let j = 0; // new lines passed
  let hunk: { from: number; removed: number[] } = { from: 0, removed: [] };
  const closeHunk = () => {
    for (const n of hunk.removed) newRangeOf[n] = j > hunk.from ? { firstLine: hunk.from + 1, lastLine: j } : null;
    hunk = { from: j, removed: [] };
  };
  for (const change of diffArrays(keysOf(before), keysOf(after))) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.added) {
        insertedBefore.add(i + 1);
        j++;
      } else if (change.removed) {
        removed.add(++i);
        hunk.removed.push(i);
      } else {
        closeHunk();
        newRangeOf[++i] = { firstLine: ++j, lastLine: j };
        hunk.from = j;
      }
    }
  }
  closeHunk();
  return { removed, insertedBefore, newRangeOf };
}

/** Which of the given line ranges a revision changed: a line of the range is gone or reworded, or a line was put in next to it. */
export function findTouchedRanges(
  before: Pick<Script, "segments">,
  after: Pick<Script, "segments">,
  ranges: readonly Range[],
): boolean[] {
  const { removed, insertedBefore } = alignLines(before, after);
  return ranges.map(({ firstLine, lastLine }) => {
    for (let n = firstLine; n <= lastLine; n++) if (removed.has(n)) return true;
    for (let n = firstLine; n <= lastLine + 1; n++) if (insertedBefore.has(n)) return true;
    return false;
  });
}

/**
 * Where each range's lines now sit after a revision: the span of its kept or reworded lines, or null when every
 * line of it was deleted.
 */
export function mapLineRanges(
  before: Pick<Script, "segments">,
  after: Pick<Script, "segments">,
  ranges: readonly Range[],
): (Range | null)[] {
  const { newRangeOf } = alignLines(before, after);
  return ranges.map(({ firstLine, lastLine }) => {
    const spans = newRangeOf.slice(firstLine, lastLine + 1).filter((r): r is Range => !!r);
    if (!spans.length) return null;
    return {
      firstLine: Math.min(...spans.map((r) => r.firstLine)),
      lastLine: Math.max(...spans.map((r) => r.lastLine)),
    };
  });
}
