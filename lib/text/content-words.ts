import { NUMBER_WORDS } from "@/lib/text/find-numbers";
import { lemma, wordsOf } from "@/lib/text/lemma";
import { isPolarityWord } from "@/lib/text/polarity";

/**
 * Function words, and words every research sentence uses ("study", "found", "researchers"), so overlap between two
 * sentences measures their subject, not their genre. Direction and negation words are left to polarity.ts.
 */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her his how i if in into " +
    "is it its me my of on or our she so some such than that the their them then there these they this those to too " +
    "us was we were what when where which while who whom why will with would you your also just only even very about " +
    "after before over under between among each per cent percent most many much any all both other another same " +
    "study studies research researcher researchers scientist scientists author authors paper papers report reported " +
    "reports find finds found show showed shows shown suggest suggests suggested according data result results " +
    "evidence compared compare people"
  ).split(" "),
);

/** The lemmas of the words that say what a sentence is about, in the order said: no stop, polarity or number words. */
export function contentLemmas(text: string): string[] {
  const lemmas: string[] = [];
  for (const word of wordsOf(text)) {
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || isPolarityWord(lower) || lower in NUMBER_WORDS || /\d/.test(lower) || lower.length < 2)
      continue;
    lemmas.push(lemma(lower));
  }
  return lemmas;
}

/** The lemmas of the words that say what a sentence is about: no stop, polarity or number words. */
export function contentWords(text: string): Set<string> {
  return new Set(contentLemmas(text));
}

/** |a ∩ b| */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
