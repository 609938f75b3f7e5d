import { NUMBER_WORDS } from "@/lib/text/find-numbers";
import { lemma, wordsOf } from "@/lib/text/lemma";

const lemmas = (words: string) => new Set(words.split(" ").map(lemma));
/**
 * Words that deny a statement outright ("did not improve"), as against naming a lack ("without sleep") or an amount
 * ("drank none", "no more than").
 */
const DENIERS = lemmas("not never neither nor cannot");
const NEGATORS = new Set([
  ...DENIERS,
  // a lack said as a word: "one sleepless night" and "deprived of sleep" are "a night without sleep"
  ...lemmas("no none nobody nothing without lack absence deprivation deprive sleepless loss lose fail"),
]);
const UP = lemmas(
  "increase rise rose risen improve boost higher more greater better enhance strengthen gain grow larger faster raise benefit help",
);
const DOWN = lemmas(
  "decrease fall reduce lower less fewer worse impair weaken decline drop shrink smaller slower cut cost hurt harm",
);

/** Negation and direction words: they carry a sentence's polarity, not its subject. */
export function isPolarityWord(word: string): boolean {
  const l = lemma(word);
  return NEGATORS.has(l) || UP.has(l) || DOWN.has(l) || /n['’]t$/i.test(word);
}

/** A word that denies outright ("not", "never", "didn't"), as against one naming a lack ("without"). */
export const isDenial = (word: string) => /n['’]t$/i.test(word) || DENIERS.has(lemma(word.toLowerCase()));

const BOUNDS = new Set(["more", "less", "fewer"]);
/** A word that starts a quantity: a number, or the article of "an hour", "a third". */
export const startsQuantity = (w: string) => /^(?:\d|an?$)/i.test(w) || w.toLowerCase() in NUMBER_WORDS;

export interface Polarity {
  /** Odd when the sentence is negated ("did not improve", "sleep deprivation"). */
  negated: boolean;
  /** +1 when it says something goes up or gets better, -1 down or worse, 0 neither or both. */
  direction: -1 | 0 | 1;
  /** Odd when it is denied outright ("does not restore", "didn't"), leaving aside words naming a lack. */
  denied: boolean;
}

export function polarityOf(text: string): Polarity {
  let negations = 0;
  let denials = 0;
  let up = 0;
  let down = 0;
  const words = wordsOf(text);
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    const l = lemma(lower);
    if (isDenial(lower)) denials++;
    if (lower.endsWith("n't") || lower.endsWith("n’t") || NEGATORS.has(l)) negations++;
    // "less than six hours" bounds a number; it does not say anything went down
    if (BOUNDS.has(lower) && words[i + 1]?.toLowerCase() === "than" && startsQuantity(words[i + 2] ?? "")) return;
    if (UP.has(l)) up++;
    if (DOWN.has(l)) down++;
  });
  return {
    negated: negations % 2 === 1,
    direction: Math.sign(up - down) as -1 | 0 | 1,
    denied: denials % 2 === 1,
  };
}

/** What the sentence asserts overall: "sleep deprivation impairs recall" (negated, down) says sleep helps (+1). */
export function netDirection(p: Polarity): -1 | 0 | 1 {
  return (p.negated ? -p.direction : p.direction) as -1 | 0 | 1;
}
