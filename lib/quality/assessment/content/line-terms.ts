import { contentWords } from "@/lib/text/content-words";
import { findNumbers, NUMBER_WORDS } from "@/lib/text/find-numbers";
import { lemma, wordsOf } from "@/lib/text/lemma";

/**
 * Words a host uses to move the talk along rather than to say something: ordinals, "finding", "point", "source",
 * stock verbs of conversation. A word from the sources in this list ("first", "next", "second") still carries nothing.
 */
const DISCOURSE = new Set(
  (
    "first second third fourth fifth sixth next last previous finding point thing idea one source question answer " +
    "put side share stand fall together go going take away talk look start begin good great welcome show episode " +
    "today listen listener thank thanks recap cover story really right okay interesting fascinating know think say " +
    "tell mean want let well actually honest honestly literally pretty big little lot part way time back here now " +
    // Generic verbs and hedges the sources happen to use too ("may not hold up", "keep in mind").
    "up keep add should may might must often still several make hold come get give happen rest mind seem appear matter"
  )
    .split(" ")
    .map(lemma),
);

/** A spoken line, reduced to what the content measures compare. */
export interface LineTerms {
  speaker: string;
  text: string;
  /** Content lemmas that the sources or the brief also use, discourse words excluded. */
  grounded: Set<string>;
  /** All content lemmas of the line. */
  content: Set<string>;
  /** Values of the quantities it states (digits or number words). */
  numbers: number[];
  /** Lower-case words in order, numbers left out, for verbatim comparison. */
  words: string[];
}

const isNumberToken = (word: string) => /\d/.test(word) || word in NUMBER_WORDS || word === "percent";

/** Words in order, lower case, without numbers: "20 percent" and "twenty percent" read alike. */
export function plainWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.toLowerCase())
    .filter((w) => !isNumberToken(w));
}

export function isDiscourseWord(lemmaOfWord: string): boolean {
  return DISCOURSE.has(lemmaOfWord);
}

/** The content lemmas the sources and the brief use: what a line can be grounded in. */
export function vocabularyOf(texts: readonly string[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const t of texts) for (const w of contentWords(t)) if (!DISCOURSE.has(w)) vocabulary.add(w);
  return vocabulary;
}

export function lineTerms(line: { speaker: string; text: string }, vocabulary: ReadonlySet<string>): LineTerms {
  const content = contentWords(line.text);
  return {
    speaker: line.speaker,
    text: line.text,
    content,
    grounded: new Set([...content].filter((w) => vocabulary.has(w))),
    numbers: findNumbers(line.text).map((q) => q.value),
    words: plainWords(line.text),
  };
}
