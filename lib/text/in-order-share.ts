import { NUMBER_WORDS } from "@/lib/text/find-numbers";
import { lemma, wordsOf } from "@/lib/text/lemma";
import { isPolarityWord } from "@/lib/text/polarity";
import { contentWords } from "@/lib/text/content-words";

/** A text's content lemmas in the order they are said (the same words `contentWords` keeps, repeats kept). */
export function contentLemmas(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => !isPolarityWord(w) && !(w in NUMBER_WORDS) && !/\d/.test(w) && contentWords(w).size > 0)
    .map(lemma);
}

/**
 * The share of a line's content lemmas that one source sentence says in the same order (their longest common
 * subsequence): words slipped in between the source's ("actually", "also") change nothing, so a sentence read
 * out with padding still counts as read out.
 */
export function inOrderShare(line: string, source: string): number {
  const a = contentLemmas(line);
  const b = contentLemmas(source);
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = word === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[b.length]! / a.length;
}
