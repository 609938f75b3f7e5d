import type { StageModule } from "../types";
import type { Claim } from "./research-deep-dive";

export interface ValidationOutput {
  verdicts: { claim: string; verdict: "SUPPORTED" | "UNSUPPORTED"; sourceId: string }[];
}

export const researchValidation: StageModule<ValidationOutput> = {
  key: "research-validation",
  async run(ctx) {
    const claims = (ctx.outputs["research-deep-dive"] as { claims: Claim[] } | undefined)?.claims ?? [];
    const byId = new Map(ctx.sources.map((s) => [s.id, s.content]));
    return {
      verdicts: claims.map((c) => ({
        claim: c.text,
        sourceId: c.sourceId,
        verdict: byId.get(c.sourceId)?.includes(c.quote) ? "SUPPORTED" : "UNSUPPORTED",
      })),
    };
  },
};
