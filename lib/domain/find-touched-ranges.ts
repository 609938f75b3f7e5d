import type { Script } from "./script";

const keyOf = (l: { speaker: string; text: string }) => `${l.speaker}\u0000${l.text}`;

/**
 * Which of the given line ranges (numbered from 1 across `before`) a revision changed: a line of the range is gone
 * or reworded, or a line was put in next to it. Lines are matched by a longest common subsequence of speaker and
 * text, so lines moved by an insertion elsewhere still count as kept.
 */
export function findTouchedRanges(
  before: Script,
  after: Script,
  ranges: readonly { firstLine: number; lastLine: number }[],
): boolean[] {
  const a = before.segments.flatMap((s) => s.lines.map(keyOf));
  const b = after.segments.flatMap((s) => s.lines.map(keyOf));
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed = new Set<number>(); // old line numbers (from 1) that did not survive
  const insertedBefore = new Set<number>(); // an added line sits before old line n (n = a.length + 1: at the end)
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      insertedBefore.add(i + 1);
      j++;
    } else {
      removed.add(i + 1);
      i++;
    }
  }
  return ranges.map(({ firstLine, lastLine }) => {
    for (let n = firstLine; n <= lastLine; n++) if (removed.has(n)) return true;
    for (let n = firstLine; n <= lastLine + 1; n++) if (insertedBefore.has(n)) return true;
    return false;
  });
}
