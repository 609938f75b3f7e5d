import { lemma, wordsOf } from "@/lib/text/lemma";

const lemmas = (words: string) => new Set(words.split(" ").map(lemma));
const NEGATORS = lemmas(
  "not no never none nobody nothing neither nor without cannot lack absence deprivation loss lose fail",
);
const UP = lemmas(
  "increase rise rose risen improve boost higher more greater better enhance strengthen gain grow larger faster raise benefit help",
);
const DOWN = lemmas(
  "decrease fall reduce lower less fewer worse impair weaken decline drop shrink smaller slower cut hurt harm",
);

/** Negation and direction words: they carry a sentence's polarity, not its subject. */
export function isPolarityWord(word: string): boolean {
  const l = lemma(word);
  return NEGATORS.has(l) || UP.has(l) || DOWN.has(l) || /n['’]t$/i.test(word);
}

export interface Polarity {
  /** Odd when the sentence is negated ("did not improve", "sleep deprivation"). */
  negated: boolean;
  /** +1 when it says something goes up or gets better, -1 down or worse, 0 neither or both. */
  direction: -1 | 0 | 1;
}

export function polarityOf(text: string): Polarity {
  let negations = 0;
  let up = 0;
  let down = 0;
  for (const word of wordsOf(text)) {
    const lower = word.toLowerCase();
    if (lower.endsWith("n't") || lower.endsWith("n’t")) negations++;
    const l = lemma(lower);
    if (NEGATORS.has(l)) negations++;
    if (UP.has(l)) up++;
    if (DOWN.has(l)) down++;
  }
  return { negated: negations % 2 === 1, direction: Math.sign(up - down) as -1 | 0 | 1 };
}

/** What the sentence asserts overall: "sleep deprivation impairs recall" (negated, down) says sleep helps (+1). */
export function netDirection(p: Polarity): -1 | 0 | 1 {
  return (p.negated ? -p.direction : p.direction) as -1 | 0 | 1;
}
