import { asSentence, capitalize, countWords } from "@/lib/text/spoken-form";
import type { SpeechChange } from "./rewrite";

export const DEFAULT_MAX_SENTENCE_WORDS = 25;
const MIN_PART_WORDS = 4;
/** A clause after a comma that cannot stand alone as a sentence ("which ...", "who ..."). */
const RELATIVE = /^(?:which|who|whom|whose|where|that)\b/i;
const CONJUNCTION = /\s+(?=(?:and|but|so|because|while|although|whereas)\s)/gi;

interface Cut {
  left: string;
  right: string;
}

function cutsAt(sentence: string, pattern: RegExp): Cut[] {
  return [...sentence.matchAll(pattern)]
    .map((m) => ({ left: sentence.slice(0, m.index), right: sentence.slice(m.index + m[0].length) }))
    .filter(
      (c) => !RELATIVE.test(c.right) && countWords(c.left) >= MIN_PART_WORDS && countWords(c.right) >= MIN_PART_WORDS,
    );
}

/** The cut nearest the middle: at a comma, semicolon or colon if there is one, else before a conjunction. */
function bestCut(sentence: string): Cut | null {
  const cuts = cutsAt(sentence, /[,;:]\s+/g);
  const pool = cuts.length ? cuts : cutsAt(sentence, CONJUNCTION);
  const balance = (c: Cut) => Math.abs(countWords(c.left) - countWords(c.right));
  return pool.reduce<Cut | null>((best, c) => (best === null || balance(c) < balance(best) ? c : best), null);
}

function split(sentence: string, maxWords: number): string[] {
  if (countWords(sentence) <= maxWords) return [sentence];
  const cut = bestCut(sentence);
  if (!cut) return [sentence];
  return [...split(asSentence(cut.left), maxWords), ...split(capitalize(cut.right), maxWords)];
}

/** A sentence over `maxWords` words cut into shorter ones a host can say in one breath; short ones pass through. */
export function splitLongSentence(sentence: string, maxWords: number, changes: SpeechChange[]): string[] {
  const parts = split(sentence, maxWords);
  if (parts.length > 1) changes.push({ from: sentence, to: parts.join(" "), rule: "split-sentence" });
  return parts;
}
