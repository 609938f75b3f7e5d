import { sharedCount } from "@/lib/text/content-words";
import type { LineTerms } from "./line-terms";

/** Two lines say the same thing when 60% of the shorter one's content words (at least three) are in the other. */
const NEAR_DUPLICATE = 0.6;
const MIN_SHARED = 3;
/** An echo adds at most one content word to the line before it, which the other host just said. */
const ECHO_CONTAINED = 0.7;

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  Math.min(a.size, b.size) > 0 ? sharedCount(a, b) / Math.min(a.size, b.size) : 0;

/**
 * Lines that repeat an earlier line in other words (near duplicates), and echo turns: the other host saying back
 * what was just said. A line counts once.
 */
export function measureRedundancy(lines: readonly LineTerms[]) {
  let nearDuplicates = 0;
  let echoTurns = 0;
  lines.forEach((line, i) => {
    const earlier = lines.slice(0, i);
    if (
      earlier.some(
        (e) => sharedCount(line.content, e.content) >= MIN_SHARED && overlap(line.content, e.content) >= NEAR_DUPLICATE,
      )
    ) {
      nearDuplicates++;
      return;
    }
    const previous = lines[i - 1];
    if (!previous || previous.speaker === line.speaker || line.content.size === 0) return;
    const added = [...line.content].filter((w) => !previous.content.has(w)).length;
    if (sharedCount(line.content, previous.content) / line.content.size >= ECHO_CONTAINED && added <= 1) echoTurns++;
  });
  return { lines: lines.length, nearDuplicates, echoTurns };
}
