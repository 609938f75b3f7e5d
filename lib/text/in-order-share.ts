import { contentLemmas } from "@/lib/text/content-words";

/**
 * The longest common subsequence of two word lists, as the index pairs [i in a, j in b] it matches, in order: what
 * one text says in the other's order, whatever is slipped in between.
 */
export function inOrderPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  const pairs: [number, number][] = [];
  for (let i = a.length, j = b.length; i > 0 && j > 0;) {
    if (a[i - 1] === b[j - 1]) {
      pairs.unshift([i - 1, j - 1]);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return pairs;
}

/**
 * The share of a line's content lemmas that one source sentence says in the same order: words slipped in between
 * the source's ("actually", "also") change nothing, so a sentence read out with padding still counts as read out.
 */
export function inOrderShare(line: string, source: string): number {
  const a = contentLemmas(line);
  const b = contentLemmas(source);
  if (a.length === 0 || b.length === 0) return 0;
  return inOrderPairs(a, b).length / a.length;
}
