import type { StageModule } from "../types";
import type { ExtractClaimsOutput, JudgeClaimsOutput } from "@/lib/providers/writer/schemas";
import { callWriter, writerContext } from "../call-writer";

export type ValidationOutput = JudgeClaimsOutput;

/** Every claim is judged against its cited passage and against all of the episode's sources. */
export const researchValidation: StageModule<ValidationOutput> = {
  key: "research-validation",
  run(ctx) {
    const claims = (ctx.outputs["research-deep-dive"] as ExtractClaimsOutput | undefined)?.claims ?? [];
    return callWriter(ctx, "judgeClaims", {
      ...writerContext(ctx),
      claims: claims.map(({ text, sourceId, quote }) => ({ text, sourceId, quote })),
      passages: ctx.sources.map((s) => ({ sourceId: s.id, text: s.content, start: 0 })),
    });
  },
};
