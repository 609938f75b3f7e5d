import { contentLemmas } from "@/lib/text/content-words";
import { inOrderPairs } from "@/lib/text/in-order-share";
import { wordsOf } from "@/lib/text/lemma";
import { splitSentences } from "@/lib/text/split-sentences";
import { isDiscourseWord, type LineTerms } from "./line-terms";

/**
 * A sentence is read aloud when 60% of its content lemmas follow a source passage's in the source's order, in runs
 * of three or more. Comparing lemmas in order (a longest common subsequence), not word runs, means fillers slipped
 * in ("actually", "basically") and words dropped do not hide a quote, while other words or another order do count
 * as saying it yourself.
 */
const COPIED_SHARE = 0.6;
const MIN_RUN = 3;
/** A run survives one word slipped in or left out, on either side. */
const MAX_STEP = 2;
/** Fewer shared content words than this cannot tell a quote from a common claim ("a short nap restores alertness"). */
const MIN_SHARED = 5;
/** Lines shorter than this are too short to tell a quote from a common phrase. */
const MIN_WORDS = 8;
/** A line is read aloud when copied sentences make up half of what it says: a question tacked on does not hide it. */
const LINE_SHARE = 0.5;

const sequence = (text: string) => contentLemmas(text).filter((w) => !isDiscourseWord(w));

/** Source sentences, and each with the next one: a line may run two of them together. */
function sourcePassages(sources: readonly string[]): string[][] {
  const passages: string[][] = [];
  for (const source of sources) {
    const sentences = splitSentences(source)
      .filter((s) => !s.heading)
      .map((s) => sequence(s.text));
    sentences.forEach((s, i) => {
      passages.push(s);
      if (sentences[i + 1]) passages.push([...s, ...sentences[i + 1]!]);
    });
  }
  return passages;
}

/** How many of the line's lemmas follow the passage in order, counting only runs of MIN_RUN or more. */
function inOrderShared(line: readonly string[], passage: readonly string[]): number {
  const pairs = inOrderPairs(line, passage);
  let counted = 0;
  let run = 0;
  pairs.forEach(([i, j], k) => {
    const previous = pairs[k - 1];
    run = previous && i - previous[0] <= MAX_STEP && j - previous[1] <= MAX_STEP ? run + 1 : 1;
    if (run === MIN_RUN) counted += MIN_RUN;
    else if (run > MIN_RUN) counted++;
  });
  return counted;
}

/** The index of passages by lemma, so a sentence is compared only with passages that share enough of its words. */
function indexOf(passages: readonly string[][]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  passages.forEach((p, k) => {
    for (const w of new Set(p)) {
      const list = index.get(w);
      if (list) list.push(k);
      else index.set(w, [k]);
    }
  });
  return index;
}

function isCopiedSentence(text: string, passages: readonly string[][], index: Map<string, number[]>): boolean {
  const lemmas = sequence(text);
  const needed = Math.max(MIN_SHARED, Math.ceil(COPIED_SHARE * lemmas.length));
  const hits = new Map<number, number>();
  for (const w of new Set(lemmas)) for (const k of index.get(w) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
  return [...hits].some(([k, shared]) => shared >= needed && inOrderShared(lemmas, passages[k]!) >= needed);
}

/** Lines of at least eight words, and how many of them mostly read a source's sentences out in their own order. */
export function measureCopying(lines: readonly LineTerms[], sources: readonly string[]) {
  const passages = sourcePassages(sources);
  const index = indexOf(passages);
  const long = lines.filter((l) => l.words.length >= MIN_WORDS);
  const copied = long.filter((l) => {
    let said = 0;
    let read = 0;
    for (const s of splitSentences(l.text)) {
      const size = wordsOf(s.text).length;
      if (isCopiedSentence(s.text, passages, index)) read += size;
      // A question of the host's own is left out of the share; a source sentence turned into a question is not.
      if (!s.text.trim().endsWith("?") || isCopiedSentence(s.text, passages, index)) said += size;
    }
    return read > 0 && read >= LINE_SHARE * said;
  });
  return { substantiveLines: long.length, copiedLines: copied.length };
}
