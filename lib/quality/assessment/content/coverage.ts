import { contentLemmas } from "@/lib/text/content-words";
import { findNumbers, type Quantity } from "@/lib/text/find-numbers";
import { splitSentences } from "@/lib/text/split-sentences";
import { isDiscourseWord, type LineTerms } from "./line-terms";

/**
 * A key point is spoken when two neighbouring lines say 35% of its terms, each weighted by how specific it is to the
 * sources (rare words such as "consolidation" or "word-pair" say what the point is about; "sleep" says little), and
 * state no number of the point's kind that neither the point nor the sources have. Its numbers count as its most
 * specific terms. So a point said in other words, without its side clauses, is covered; a wrong number is not.
 */
const SAID_SHARE = 0.35;
/** One shared word is a topic, not a point. */
const MIN_TERMS = 2;
/** Words that share their first five letters are one word here ("sleepless" and "sleep", "replayed" and "replay"). */
const STEM = 5;

const termsOf = (text: string) => new Set(contentLemmas(text).filter((w) => !isDiscourseWord(w)));
const stemOf = (w: string) => (w.length >= STEM ? w.slice(0, STEM) : w);
const sameQuantity = (a: Quantity, b: Quantity) => a.value === b.value && (a.kind === b.kind || !a.kind || !b.kind);

interface Specificity {
  weight: (term: string) => number;
  numberWeight: number;
  sourceNumbers: Quantity[];
}

/** Inverse sentence frequency over the sources: a term in few source sentences names what a point is about. */
function specificityOf(sources: readonly string[]): Specificity {
  const sentences = sources.flatMap((s) => splitSentences(s).filter((x) => !x.heading));
  const frequency = new Map<string, number>();
  for (const s of sentences)
    for (const w of new Set([...termsOf(s.text)].map(stemOf))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const top = Math.log(sentences.length + 1);
  return {
    weight: (term) => Math.log((sentences.length + 1) / ((frequency.get(stemOf(term)) ?? 0) + 1)) || 0.1,
    numberWeight: Math.max(top, 0.1),
    sourceNumbers: sources.flatMap((s) => findNumbers(s)),
  };
}

function spokenIn(point: string, lines: readonly LineTerms[], specificity: Specificity): boolean {
  const terms = [...termsOf(point)];
  const numbers = findNumbers(point).filter((q, i, all) => all.findIndex((o) => sameQuantity(o, q)) === i);
  const kinds = new Set(numbers.map((q) => q.kind).filter(Boolean));
  const total = terms.reduce((n, t) => n + specificity.weight(t), 0) + numbers.length * specificity.numberWeight;
  return lines.some((line, i) => {
    const window = [line, lines[i + 1]].filter((l): l is LineTerms => !!l);
    const said = new Set(window.flatMap((l) => [...l.content].map(stemOf)));
    const saidNumbers = window.flatMap((l) => findNumbers(l.text));
    const wrong = saidNumbers.some(
      (q) =>
        kinds.has(q.kind) &&
        !numbers.some((n) => sameQuantity(n, q)) &&
        !specificity.sourceNumbers.some((n) => sameQuantity(n, q)),
    );
    if (wrong) return false;
    const saidTerms = terms.filter((t) => said.has(stemOf(t)));
    const saidRight = numbers.filter((n) => saidNumbers.some((q) => sameQuantity(n, q)));
    const weight =
      saidTerms.reduce((n, t) => n + specificity.weight(t), 0) + saidRight.length * specificity.numberWeight;
    return saidTerms.length + saidRight.length >= MIN_TERMS && weight >= SAID_SHARE * total;
  });
}

/** How many of the brief's key points the script says, in any words, with no number of theirs said wrong. */
export function measureCoverage(keyPoints: readonly string[], lines: readonly LineTerms[], sources: readonly string[]) {
  const specificity = specificityOf([...sources, ...keyPoints]);
  return {
    keyPoints: keyPoints.length,
    keyPointsSpoken: keyPoints.filter((k) => spokenIn(k, lines, specificity)).length,
  };
}
