import type { StageModule } from "../types";
import { briefSchema, type Brief } from "@/lib/domain/research";
import { callWriter, sourceTitlesOf, writerContext } from "../call-writer";
import { applyVerdictOverrides } from "@/lib/domain/effective-verdict";

export type SynthesisOutput = Brief;

/** The brief: only supported claims become key points; the rest become open questions and stated uncertainty. */
export const researchSynthesis: StageModule<"research-synthesis", SynthesisOutput> = {
  key: "research-synthesis",
  input: ["research-deep-dive", "research-validation"],
  output: briefSchema,
  run(ctx) {
    const claims = ctx.outputs["research-deep-dive"]?.claims ?? [];
    // The editor's verdicts, where they overrode the checker's: the brief rests on what the editor stands behind.
    const judgements = applyVerdictOverrides(
      ctx.outputs["research-validation"]?.judgements ?? [],
      ctx.verdictOverrides ?? [],
    );
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
    return callWriter(ctx, "synthesize", {
      ...writerContext(ctx),
      topic: ctx.episode.topic,
      claims: judged,
      sourceTitles: sourceTitlesOf(ctx),
    });
  },
};
