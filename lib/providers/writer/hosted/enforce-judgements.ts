import type { JudgeClaimsInput, JudgeClaimsOutput } from "../schemas";
import type { Judgement } from "@/lib/domain/research";
import { locateQuote } from "../invariants/locate-quote";
import { withoutIds } from "@/lib/text/without-ids";

/**
 * One judgement per claim, in the claims' order. Evidence must be verbatim in a passage of its source; a SUPPORTED
 * verdict needs the claim's own quote in its cited source, and a CONTRADICTED one needs contradicting evidence
 * that survived that check. Anything else is UNSUPPORTED, so a fabricated citation can never make a fact.
 */
export function enforceJudgements(answer: JudgeClaimsOutput, input: JudgeClaimsInput): JudgeClaimsOutput {
  const byIndex = new Map<number, Judgement>();
  // The model was shown source ids; its reasons are shown to editors, who know sources by title (named where known).
  const ids = [...input.claims.map((c) => c.sourceId), ...input.passages.map((p) => p.sourceId)];
  for (const j of answer.judgements)
    if (j.claimIndex < input.claims.length && !byIndex.has(j.claimIndex))
      byIndex.set(j.claimIndex, { ...j, reason: withoutIds(j.reason, ids, input.sourceTitles) });

  const judgements = input.claims.map((claim, claimIndex): Judgement => {
    const j = byIndex.get(claimIndex);
    if (!j)
      return {
        claimIndex,
        verdict: "UNSUPPORTED",
        confidence: 0,
        evidence: [],
        reason: "The model gave no verdict for this claim.",
      };
    const evidence = j.evidence.filter((e) => locateQuote(e.quote, e.sourceId, input.passages));
    const unsupported = (why: string): Judgement => ({
      ...j,
      claimIndex,
      verdict: "UNSUPPORTED",
      evidence,
      reason: `${j.reason} (${why})`.trim(),
    });
    if (j.verdict === "SUPPORTED" && !locateQuote(claim.quote, claim.sourceId, input.passages))
      return unsupported("its quote is not in the cited source");
    if (j.verdict === "CONTRADICTED" && !evidence.some((e) => e.stance === "contradicts"))
      return unsupported("no verbatim contradicting evidence");
    return { ...j, claimIndex, evidence };
  });
  return { judgements };
}
