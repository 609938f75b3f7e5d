import type { ClaimToJudge, Evidence, Judgement, Passage } from "@/lib/domain/research";
import type { JudgeClaimsInput, JudgeClaimsOutput } from "../schemas";
import { locateQuote } from "../invariants/locate-quote";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { findNumbers, type Quantity } from "@/lib/text/find-numbers";
import { netDirection, polarityOf } from "@/lib/text/polarity";
import { quantityConflict } from "@/lib/text/compare-measures";
import { splitSentences } from "@/lib/text/split-sentences";

/** Share of the claim's content words its quote must contain for the quote to state it. */
const ENTAILMENT_COVERAGE = 0.7;
/** Another source only corroborates a claim when it has nearly all of the claim's words (its phrasing differs). */
const CORROBORATION_COVERAGE = 0.85;
/** Another sentence is about the same thing when it shares at least 3 content words and 40% of the smaller set. */
const SAME_SUBJECT_WORDS = 3;
const SAME_SUBJECT_RATIO = 0.4;
/** An opposite direction or negation only counts as a contradiction between closely matching sentences. */
const OPPOSITE_RATIO = 0.6;
/** Numbers that differ between two studies of one question without either being wrong. */
const INCOMPARABLE_KINDS = new Set(["", "sample", "year"]);

interface Sentence {
  sourceId: string;
  text: string;
}

type Entailment = { ok: true; coverage: number } | { ok: false; coverage: number; why: string; mismatch: boolean };

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
const round = (n: number) => Math.round(n * 100) / 100;
const show = (q: Quantity) => `${q.value}${q.kind === "percent" ? "%" : q.kind ? ` ${q.kind}` : ""}`;

/** Whether `text` states the claim: most of its content words, every one of its numbers, the same polarity. */
function entails(text: string, claim: string): Entailment {
  const claimWords = contentWords(claim);
  const coverage = claimWords.size ? sharedCount(claimWords, contentWords(text)) / claimWords.size : 0;
  const values = findNumbers(text).map((q) => q.value);
  const missing = findNumbers(claim).filter((q) => !values.some((v) => same(v, q.value)));
  if (missing.length)
    return { ok: false, coverage, mismatch: true, why: `the quote does not give ${missing.map(show).join(", ")}` };
  const c = polarityOf(claim);
  const t = polarityOf(text);
  if (c.negated !== t.negated)
    return {
      ok: false,
      coverage,
      mismatch: true,
      why: `the claim is ${c.negated ? "negated" : "affirmed"} where the quote is not`,
    };
  if (c.direction !== 0 && c.direction !== t.direction)
    return { ok: false, coverage, mismatch: true, why: "the claim and the quote point in opposite directions" };
  if (coverage < ENTAILMENT_COVERAGE)
    return {
      ok: false,
      coverage,
      mismatch: false,
      why: `the quote has only ${Math.round(coverage * 100)}% of the claim's content words`,
    };
  return { ok: true, coverage };
}

/**
 * Why `other` contradicts the claim: same subject, and a number of the same quantity that cannot be true with the
 * claim's (ranges, bounds and different measures compared as such), or the opposite finding.
 */
function conflictBetween(claim: string, other: string): { why: string; ratio: number } | null {
  const a = contentWords(claim);
  const b = contentWords(other);
  const shared = sharedCount(a, b);
  const ratio = shared / Math.max(1, Math.min(a.size, b.size));
  if (shared < SAME_SUBJECT_WORDS || ratio < SAME_SUBJECT_RATIO) return null;

  const numbers = quantityConflict(claim, other, { comparable: (kind) => !INCOMPARABLE_KINDS.has(kind) });
  if (numbers) return { why: numbers.why, ratio };
  if (ratio >= OPPOSITE_RATIO) {
    const p = polarityOf(claim);
    const q = polarityOf(other);
    const [x, y] = [netDirection(p), netDirection(q)];
    if (x !== 0 && y !== 0 && x !== y) return { why: "finds the opposite effect", ratio };
    if (p.direction === 0 && q.direction === 0 && p.negated !== q.negated) return { why: "says the opposite", ratio };
  }
  return null;
}

/** Every statement in the passages, once (passages of one source may overlap). */
function sentencesOf(passages: readonly Passage[]): Sentence[] {
  const byKey = new Map<string, Sentence>();
  for (const p of passages) {
    for (const s of splitSentences(p.text)) {
      if (!s.heading) byKey.set(`${p.sourceId}\n${s.text}`, { sourceId: p.sourceId, text: s.text });
    }
  }
  return [...byKey.values()];
}

function judge(
  claim: ClaimToJudge,
  claimIndex: number,
  passages: readonly Passage[],
  sentences: readonly Sentence[],
): Judgement {
  const verdict = (v: Omit<Judgement, "claimIndex">): Judgement => ({
    claimIndex,
    ...v,
    confidence: round(v.confidence),
  });
  if (!locateQuote(claim.quote, claim.sourceId, passages)) {
    return verdict({
      verdict: "UNSUPPORTED",
      confidence: 0.9,
      evidence: [],
      reason: `Its quote is not in the source it cites.`,
    });
  }
  const own = entails(claim.quote, claim.text);
  if (!own.ok) {
    // A changed number or flipped negation is a clear failure; weak overlap is less certain the more words match.
    const confidence = own.mismatch ? 0.85 : 0.5 + 0.4 * (1 - own.coverage / ENTAILMENT_COVERAGE);
    return verdict({
      verdict: "UNSUPPORTED",
      confidence,
      evidence: [],
      reason: `Its quote does not state it: ${own.why}.`,
    });
  }

  const others = sentences.filter((s) => s.sourceId !== claim.sourceId);
  const conflicts = others
    .map((s) => ({ s, conflict: conflictBetween(claim.text, s.text) }))
    .filter((x): x is { s: Sentence; conflict: { why: string; ratio: number } } => x.conflict !== null)
    .sort((a, b) => b.conflict.ratio - a.conflict.ratio)
    .slice(0, 3);
  const corroborations = others
    .filter((s) => {
      const e = entails(s.text, claim.text);
      return e.ok && e.coverage >= CORROBORATION_COVERAGE;
    })
    .slice(0, 2);
  const evidence: Evidence[] = [
    { sourceId: claim.sourceId, quote: claim.quote, stance: "supports" },
    ...corroborations.map((s) => ({ sourceId: s.sourceId, quote: s.text, stance: "supports" as const })),
    ...conflicts.map(({ s }) => ({ sourceId: s.sourceId, quote: s.text, stance: "contradicts" as const })),
  ];
  if (conflicts.length) {
    const top = conflicts[0]!;
    return verdict({
      verdict: "CONTRADICTED",
      confidence: 0.55 + 0.35 * top.conflict.ratio,
      evidence,
      reason: `Its quote states it, but another passage (in the evidence) ${top.conflict.why}.`,
    });
  }
  const corroborated = corroborations.length ? ` and ${corroborations.length} other source passage(s) agree` : "";
  return verdict({
    verdict: "SUPPORTED",
    confidence: Math.min(1, 0.6 + 0.3 * own.coverage + 0.05 * corroborations.length),
    evidence,
    reason: `Its quote states it (${Math.round(own.coverage * 100)}% of its content words, same numbers and polarity)${corroborated}.`,
  });
}

/**
 * SUPPORTED when the cited quote entails the claim and no other source contradicts it; CONTRADICTED when another
 * source's sentence on the same subject gives a different number of the same kind or the opposite finding;
 * otherwise UNSUPPORTED (quote missing from the source, or not stating the claim).
 */
export function judgeClaims(input: JudgeClaimsInput): JudgeClaimsOutput {
  const sentences = sentencesOf(input.passages);
  return { judgements: input.claims.map((claim, i) => judge(claim, i, input.passages, sentences)) };
}
