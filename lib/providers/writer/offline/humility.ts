import { asSentence, capitalize, continueSentence } from "../text/spoken-form";

/** Used when a show lists no humility markers of its own. */
export const DEFAULT_HUMILITY_MARKERS = ["as far as we can tell", "the evidence suggests"];

/**
 * Puts a show's humility marker in front of a sentence, fitting its grammar: "the evidence suggests" takes a
 * "that" clause, "as far as we can tell" a comma, "I could be wrong" a "but", and anything else ("we don't know
 * yet", "the research is still early") is said as a sentence of its own before the point.
 */
export function withHumility(sentence: string, marker: string): string {
  const m = marker.trim().replace(/[.,:;!?]+$/, "");
  const rest = continueSentence(sentence.trim());
  if (/\b(?:suggests?|shows?|indicates?|found|finds|says?|thinks?|believes?|seems?|appears?)$/i.test(m)) return asSentence(`${capitalize(m)} that ${rest}`);
  if (/^(?:as far as|from what|as best)\b/i.test(m) || /\b(?:tell|see|know|understand)$/i.test(m)) return asSentence(`${capitalize(m)}, ${rest}`);
  if (/\bwrong$/i.test(m)) return asSentence(`${capitalize(m)}, but ${rest}`);
  return `${asSentence(capitalize(m))} ${asSentence(capitalize(sentence.trim()))}`;
}
