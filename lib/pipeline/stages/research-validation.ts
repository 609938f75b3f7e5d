import type { StageModule } from "../types";
import { judgeClaimsOutputSchema, type JudgeClaimsOutput } from "@/lib/providers/writer/schemas";
import { callWriter, sourceTitlesOf, writerContext } from "../call-writer";

export type ValidationOutput = JudgeClaimsOutput;

/** Every claim is judged against its cited passage and against all of the episode's sources. */
export const researchValidation: StageModule<"research-validation", ValidationOutput> = {
  key: "research-validation",
  input: ["research-deep-dive"],
  output: judgeClaimsOutputSchema,
  run(ctx) {
    const claims = ctx.outputs["research-deep-dive"]?.claims ?? [];
    return callWriter(ctx, "judgeClaims", {
      ...writerContext(ctx),
      claims: claims.map(({ text, sourceId, quote }) => ({ text, sourceId, quote })),
      passages: ctx.sources.map((s) => ({ sourceId: s.id, text: s.content, start: 0 })),
      sourceTitles: sourceTitlesOf(ctx),
    });
  },
  async persist(tx, { episodeId }, { judgements }) {
    for (const j of judgements) {
      await tx.claim.updateMany({
        where: { episodeId, position: j.claimIndex },
        data: { verdict: j.verdict, confidence: j.confidence, evidence: { reason: j.reason, items: j.evidence } },
      });
    }
  },
};
