import type { StageModule } from "../types";
import { briefSchema, type Brief } from "@/lib/domain/research";
import { callWriter, writerContext } from "../call-writer";

export type SynthesisOutput = Brief;

/** The brief: only supported claims become key points; the rest become open questions and stated uncertainty. */
export const researchSynthesis: StageModule<"research-synthesis", SynthesisOutput> = {
  key: "research-synthesis",
  input: ["research-deep-dive", "research-validation"],
  output: briefSchema,
  run(ctx) {
    const claims = ctx.outputs["research-deep-dive"]?.claims ?? [];
    const judgements = ctx.outputs["research-validation"]?.judgements ?? [];
    const judged = judgements.flatMap((j) => {
      const claim = claims[j.claimIndex];
      return claim
        ? [
            {
              text: claim.text,
              sourceId: claim.sourceId,
              quote: claim.quote,
              verdict: j.verdict,
              confidence: j.confidence,
              evidence: j.evidence,
              reason: j.reason,
            },
          ]
        : [];
    });
    return callWriter(ctx, "synthesize", { ...writerContext(ctx), topic: ctx.episode.topic, claims: judged });
  },
};
