import type { Brief, Judgement } from "@/lib/domain/research";
import type { StageShow } from "@/lib/domain/stage-inputs";
import type { SourceText } from "@/lib/quality/fact-check/label-claim";
import { createOfflineWriter } from "@/lib/providers/writer/create-offline-writer";

/** As many claims as the pipeline's research extracts for a MEDIUM-complexity episode on the standard tier. */
const MAX_CLAIMS = 10;

/**
 * The brief the offline research would write from these sources on this topic: the deep-dive's extractive claims,
 * the validation's judgements and the synthesis's key points, the same three calls the pipeline makes.
 */
export async function researchOfflineBrief(
  show: StageShow,
  topic: string,
  sources: readonly SourceText[],
): Promise<{ brief: Brief; judgements: Judgement[] }> {
  const writer = createOfflineWriter();
  const context = { show, tier: "standard" as const };
  const passages = sources.map((s) => ({ sourceId: s.sourceId, text: s.text, start: 0 }));
  const { claims } = (await writer.extractClaims({ ...context, topic, passages, maxClaims: MAX_CLAIMS })).output;
  const toJudge = claims.map(({ text, sourceId, quote }) => ({ text, sourceId, quote }));
  const { judgements } = (await writer.judgeClaims({ ...context, claims: toJudge, passages })).output;
  const judged = judgements.flatMap((j) => {
    const claim = toJudge[j.claimIndex];
    return claim
      ? [{ ...claim, verdict: j.verdict, confidence: j.confidence, evidence: j.evidence, reason: j.reason }]
      : [];
  });
  const brief = (await writer.synthesize({ ...context, topic, claims: judged })).output;
  return { brief, judgements };
}
