import { contentWords, sharedCount } from "@/lib/text/content-words";
import { findNumbers } from "@/lib/text/find-numbers";
import type { LineTerms } from "./line-terms";

/** A key point is spoken when two neighbouring lines hold half its content words and half its numbers, right. */
const WORD_SHARE = 0.5;
const NUMBER_SHARE = 0.5;

function spokenIn(point: string, lines: readonly LineTerms[]): boolean {
  const words = contentWords(point);
  const numbers = [...new Set(findNumbers(point).map((q) => q.value))];
  const neededWords = Math.max(2, Math.ceil(WORD_SHARE * words.size));
  const neededNumbers = Math.ceil(NUMBER_SHARE * numbers.length);
  return lines.some((line, i) => {
    const window = [line, lines[i + 1]].filter((l): l is LineTerms => !!l);
    const said = new Set(window.flatMap((l) => [...l.content]));
    const saidNumbers = new Set(window.flatMap((l) => l.numbers));
    return (
      sharedCount(words, said) >= Math.min(neededWords, words.size) &&
      numbers.filter((n) => saidNumbers.has(n)).length >= neededNumbers
    );
  });
}

/** How many of the brief's key points the script actually says, with their numbers as the brief has them. */
export function measureCoverage(keyPoints: readonly string[], lines: readonly LineTerms[]) {
  return { keyPoints: keyPoints.length, keyPointsSpoken: keyPoints.filter((k) => spokenIn(k, lines)).length };
}
