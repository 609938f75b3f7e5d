import type { Verdict } from "@/lib/domain/research";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { quantitiesMet, quantityConflict, RESTATES_SHARE } from "@/lib/text/compare-measures";
import { netDirection, polarityOf } from "@/lib/text/polarity";
import { splitSentences } from "@/lib/text/split-sentences";

/** A source's text (a whole source or a passage of it). */
export interface SourceText {
  sourceId: string;
  text: string;
}

export interface ClaimLabel {
  verdict: Verdict;
  /** The source sentence the verdict rests on (the closest one when nothing states the claim), or null. */
  evidence: { sourceId: string; quote: string } | null;
  reason: string;
}

/** A sentence is about the claim's subject when it has at least 2 of its content words and half of them. */
const SUBJECT_WORDS = 2;
const SUBJECT_SHARE = 0.5;

interface Candidate {
  sourceId: string;
  quote: string;
  coverage: number;
  shared: number;
}

/** Every statement of the sources, once, with its content words: read once for all the claims of a script. */
export interface SourceIndex {
  sentences: { sourceId: string; quote: string; words: ReadonlySet<string> }[];
}

export function indexSources(sources: readonly SourceText[]): SourceIndex {
  const seen = new Set<string>();
  const sentences: SourceIndex["sentences"] = [];
  for (const source of sources) {
    for (const s of splitSentences(source.text)) {
      const key = `${source.sourceId}\n${s.text}`;
      if (s.heading || seen.has(key)) continue;
      seen.add(key);
      sentences.push({ sourceId: source.sourceId, quote: s.text, words: contentWords(s.text) });
    }
  }
  return { sentences };
}

/** The source sentences by how much of the claim they cover. */
function candidatesFor(claim: string, index: SourceIndex): Candidate[] {
  const mine = contentWords(claim);
  return index.sentences
    .map(({ sourceId, quote, words }) => {
      const shared = sharedCount(mine, words);
      return { sourceId, quote, shared, coverage: mine.size ? shared / mine.size : 0 };
    })
    .sort((a, b) => b.coverage - a.coverage);
}

/** Opposite findings between sentences that restate each other: "improves" against "impairs", "did" against "did not". */
function oppositeFinding(claim: string, other: string): boolean {
  const p = polarityOf(claim);
  const q = polarityOf(other);
  const [x, y] = [netDirection(p), netDirection(q)];
  if (x !== 0 && y !== 0) return x !== y;
  return p.direction === 0 && q.direction === 0 && p.negated !== q.negated;
}

/**
 * Labels one statement against the sources, as an editor would with the passages open:
 * - CONTRADICTED when a sentence on the same subject gives a number of the same quantity that cannot be true with
 *   the claim's (any kind: a script line restating a source has no excuse for another year or sample size), or
 *   restates it with the opposite finding;
 * - SUPPORTED when a sentence restates it (60% of its content words) with every number met (a figure inside a
 *   stated range counts) and the same direction;
 * - UNSUPPORTED otherwise, with the closest sentence as evidence.
 */
export function labelClaim(claim: string, sources: readonly SourceText[] | SourceIndex): ClaimLabel {
  const candidates = candidatesFor(claim, "sentences" in sources ? sources : indexSources(sources));
  const claimWords = contentWords(claim).size;
  const onSubject = candidates.filter(
    (c) => c.shared >= Math.min(SUBJECT_WORDS, claimWords) && c.coverage >= SUBJECT_SHARE,
  );
  for (const c of onSubject) {
    const numbers = quantityConflict(claim, c.quote, { comparable: (kind) => kind !== "" });
    if (numbers) return { verdict: "CONTRADICTED", evidence: c, reason: `Source ${c.sourceId} ${numbers.why}.` };
    if (c.coverage >= RESTATES_SHARE && oppositeFinding(claim, c.quote))
      return { verdict: "CONTRADICTED", evidence: c, reason: `Source ${c.sourceId} states the opposite finding.` };
  }
  for (const c of onSubject) {
    if (c.coverage < RESTATES_SHARE) continue;
    const met = quantitiesMet(claim, c.quote);
    const p = polarityOf(claim);
    const q = polarityOf(c.quote);
    if (met.ok && (p.direction === 0 || netDirection(p) === netDirection(q)))
      return {
        verdict: "SUPPORTED",
        evidence: c,
        reason: `Source ${c.sourceId} states it (${Math.round(c.coverage * 100)}% of its content words, its numbers met).`,
      };
  }
  const closest = candidates[0];
  if (!closest || closest.coverage === 0)
    return { verdict: "UNSUPPORTED", evidence: null, reason: "No source sentence shares its subject." };
  return {
    verdict: "UNSUPPORTED",
    evidence: closest,
    reason: `No source sentence states it; the closest (source ${closest.sourceId}) has ${Math.round(closest.coverage * 100)}% of its content words.`,
  };
}
