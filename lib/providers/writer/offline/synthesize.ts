import type { Brief, JudgedClaim } from "@/lib/domain/research";
import type { SynthesizeInput } from "../schemas";
import { contentWords, sharedCount } from "@/lib/text/content-words";
import { findNumbers } from "@/lib/text/find-numbers";
import { asSentence, continueSentence, plainText } from "@/lib/text/spoken-form";

/** Supported claims this alike (shared content words over the larger set, same numbers) make one key point. */
const SAME_POINT_OVERLAP = 0.6;

const numbersOf = (text: string) =>
  findNumbers(text)
    .map((q) => q.value)
    .sort((a, b) => a - b)
    .join(",");
const withoutStop = (text: string) => plainText(text).replace(/[.!?]+$/, "");

function samePoint(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  return sharedCount(x, y) / Math.max(1, x.size, y.size) >= SAME_POINT_OVERLAP && numbersOf(a) === numbersOf(b);
}

/** "Sources disagree" in words a host can say, once per pair of disagreeing sentences. */
function disagreement(claim: JudgedClaim): { key: string; text: string } | null {
  const other = claim.evidence.find((e) => e.stance === "contradicts");
  if (!other) return null;
  const key = [plainText(claim.text), plainText(other.quote)].sort().join("\n");
  return {
    key,
    text: `The sources disagree here. One says: ${asSentence(plainText(claim.text))} Another says: ${asSentence(plainText(other.quote))}`,
  };
}

/**
 * The brief. Key points: SUPPORTED claims in the order they came (the extractor ranks by relevance), near-identical
 * ones merged, citing every claim and corroborating source. CONTRADICTED claims become uncertainty (both sides,
 * said with humility); UNSUPPORTED claims become open questions. Neither is ever a key point. With every claim
 * supported there is no open question: a stock one ("what would a larger study tell us?") fits no topic in particular.
 */
export function synthesize(input: SynthesizeInput): Brief {
  const keyPoints: Brief["keyPoints"] = [];
  const uncertainty = new Map<string, string>();
  const openQuestions: string[] = [];

  input.claims.forEach((claim, index) => {
    if (claim.verdict === "SUPPORTED") {
      const corroborating = claim.evidence.filter((e) => e.stance === "supports").map((e) => e.sourceId);
      const existing = keyPoints.find((k) => samePoint(k.text, claim.text));
      const target =
        existing ?? keyPoints[keyPoints.push({ text: plainText(claim.text), claimIndexes: [], sourceIds: [] }) - 1]!;
      target.claimIndexes.push(index);
      for (const id of [claim.sourceId, ...corroborating])
        if (!target.sourceIds.includes(id)) target.sourceIds.push(id);
    } else if (claim.verdict === "CONTRADICTED") {
      const d = disagreement(claim);
      if (d && !uncertainty.has(d.key)) uncertainty.set(d.key, d.text);
    } else {
      openQuestions.push(`Is it true that ${continueSentence(withoutStop(claim.text))}?`);
    }
  });

  return { keyPoints, openQuestions, uncertainty: [...uncertainty.values()] };
}
