import { asSentence, capitalize, countWords } from "@/lib/text/spoken-form";
import { isFiniteVerb, startsClause } from "./starts-clause";
import type { SpeechChange } from "./rewrite";

export const DEFAULT_MAX_SENTENCE_WORDS = 25;
const MIN_PART_WORDS = 4;

interface Cut {
  left: string;
  right: string;
}

/**
 * Places where one clause ends and another begins, each with the text that opens the new sentence. A plain comma is
 * never one: "One study, in 1924, found that…" would leave "Found that…" without its subject.
 * - a semicolon;
 * - a colon, or a conjunction after a comma ("…, and they…"; "and"/"or" only after a comma and not at the end of
 *   a list, since they join nouns as often as clauses), when a subject and a verb follow;
 * - ", which <verb>" said as "That <verb>", and ", who <verb>" with its subject repeated ("Jenkins, who found…"
 *   -> "Jenkins found…").
 */
const BOUNDARIES: { pattern: RegExp; opens: (m: RegExpExecArray, left: string) => string | null }[] = [
  { pattern: /;\s+/g, opens: () => "" },
  { pattern: /:\s+/g, opens: (m) => (startsClause(rest(m)) ? "" : null) },
  {
    pattern: /,\s+(?=(?:and|or)\s)/gi,
    opens: (m, left) => (!endsList(left) && startsClause(rest(m).replace(/^\S+\s+/, "")) ? "" : null),
  },
  {
    pattern: /,\s+(?=(?:but|so|yet|while|whereas|although|though|because)\s)/gi,
    opens: (m) => (startsClause(rest(m).replace(/^\S+\s+/, "")) ? "" : null),
  },
  {
    pattern: /(?<![,;:])\s+(?=(?:but|because|while|whereas|although|though)\s)/gi,
    opens: (m) => (startsClause(rest(m).replace(/^\S+\s+/, "")) ? "" : null),
  },
  { pattern: /,\s+which\s+/gi, opens: (m) => (opensWithVerb(m) ? "that " : null) },
  { pattern: /,\s+who\s+/gi, opens: (m, left) => (opensWithVerb(m) ? repeatSubject(left) : null) },
];

/** The text after a match (the input is kept on the match by `matchAll`). */
function rest(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length);
}

/** ", which showed…" is a clause with "which" as its subject; ", which the team measured" is not cut. */
function opensWithVerb(m: RegExpExecArray): boolean {
  return isFiniteVerb(/^[\p{L}']+/u.exec(rest(m))?.[0] ?? "");
}

/**
 * "sleep, mood, reaction time, and …": the item before ", and" has no verb of its own, so the "and" ends a list,
 * and what follows is its last item even when a verb comes later ("the number of errors people made").
 */
function endsList(left: string): boolean {
  const items = left.split(/,\s+/);
  return items.length > 2 && !(items.at(-1) ?? "").split(/\s+/).some(isFiniteVerb);
}

/** People a ", who" clause can be about; "…from the university, who slept" is about someone else and is not cut. */
const PERSON_NOUNS = new Set(
  (
    "people participants volunteers adults children students researchers scientists subjects patients men women " +
    "teenagers infants workers doctors nurses sleepers pilots drivers athletes"
  ).split(" "),
);

/** "…recruited sixty volunteers" -> "the volunteers "; "…by Jenkins" -> "Jenkins "; anything else: no cut. */
function repeatSubject(left: string): string | null {
  const last = /([\p{L}]+)$/u.exec(left)?.[1] ?? "";
  if (/^\p{Lu}\p{Ll}/u.test(last)) return `${last} `;
  return PERSON_NOUNS.has(last) ? `the ${last} ` : null;
}

function cuts(sentence: string): Cut[] {
  return BOUNDARIES.flatMap(({ pattern, opens }) =>
    [...sentence.matchAll(pattern)].flatMap((m) => {
      const left = sentence.slice(0, m.index);
      const opening = opens(m, left);
      return opening === null ? [] : [{ left, right: opening + rest(m) }];
    }),
  ).filter((c) => countWords(c.left) >= MIN_PART_WORDS && countWords(c.right) >= MIN_PART_WORDS);
}

/** The clause boundary nearest the middle, or none. */
function bestCut(sentence: string): Cut | null {
  const balance = (c: Cut) => Math.abs(countWords(c.left) - countWords(c.right));
  return cuts(sentence).reduce<Cut | null>((best, c) => (best === null || balance(c) < balance(best) ? c : best), null);
}

function split(sentence: string, maxWords: number): string[] {
  if (countWords(sentence) <= maxWords) return [sentence];
  const cut = bestCut(sentence);
  if (!cut) return [sentence];
  return [...split(asSentence(cut.left), maxWords), ...split(capitalize(cut.right), maxWords)];
}

/**
 * A sentence over `maxWords` words cut into shorter ones a host can say in one breath, only where a clause ends; a
 * long sentence with no clause boundary is left whole rather than broken mid-clause. Short ones pass through.
 */
export function splitLongSentence(sentence: string, maxWords: number, changes: SpeechChange[]): string[] {
  const parts = split(sentence, maxWords);
  if (parts.length > 1) changes.push({ from: sentence, to: parts.join(" "), rule: "split-sentence" });
  return parts;
}
