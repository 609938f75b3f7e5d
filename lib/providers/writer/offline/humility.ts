import { asSentence, capitalize, continueSentence } from "@/lib/text/spoken-form";

/** Used when a show lists no humility markers of its own. */
export const DEFAULT_HUMILITY_MARKERS = ["as far as we can tell", "the evidence suggests"];

/**
 * Puts a show's humility marker in front of a sentence, fitting its grammar: "the evidence suggests" takes a
 * "that" clause, "as far as we can tell" a comma, "I could be wrong" a "but", and anything else ("we don't know
 * yet", "the research is still early") is said as a sentence of its own before the point.
 */
export function withHumility(sentence: string, marker: string): string {
  const m = bare(marker);
  // A sentence that opens with a connective ("And most volunteers…") takes the marker in its place.
  const rest = continueSentence(sentence.trim().replace(/^(?:And|But|So|Also),?\s+/, ""));
  if (TAKES_THAT.test(m)) return asSentence(`${capitalize(m)} that ${rest.replace(/^that\s+/i, "")}`);
  if (TAKES_COMMA.test(m) || TAKES_COMMA_END.test(m)) return asSentence(`${capitalize(m)}, ${rest}`);
  if (TAKES_BUT.test(m)) return asSentence(`${capitalize(m)}, but ${rest}`);
  return `${asSentence(capitalize(m))} ${asSentence(capitalize(sentence.trim()))}`;
}

/** A marker said as a sentence of its own, so it can come before a question as well as a statement. */
export function standsAlone(marker: string): boolean {
  const m = bare(marker);
  return ![TAKES_THAT, TAKES_COMMA, TAKES_COMMA_END, TAKES_BUT].some((form) => form.test(m));
}

const bare = (marker: string) => marker.trim().replace(/[.,:;!?]+$/, "");
const TAKES_THAT = /\b(?:suggests?|shows?|indicates?|found|finds|says?|thinks?|believes?|seems?|appears?)$/i;
const TAKES_COMMA = /^(?:as far as|from what|as best)\b/i;
const TAKES_COMMA_END = /\b(?:tell|see|know|understand)$/i;
const TAKES_BUT = /\bwrong$/i;
