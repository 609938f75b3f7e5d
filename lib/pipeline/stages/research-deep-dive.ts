import type { StageModule } from "../types";
import { meteredCall, tokensOf } from "../metered-call";

export interface Claim {
  text: string;
  sourceId: string;
  quote: string;
}

const CLAIMS_PER_COMPLEXITY = { LOW: 4, MEDIUM: 8, HIGH: 12 } as const;

export const researchDeepDive: StageModule<{ claims: Claim[] }> = {
  key: "research-deep-dive",
  run(ctx) {
    const limit = CLAIMS_PER_COMPLEXITY[ctx.episode.complexity] / (ctx.tier === "economy" ? 2 : 1);
    const sentences = ctx.sources.flatMap((s) =>
      s.content
        .split(/(?<=[.!?])\s+/)
        .map((t) => t.trim())
        .filter((t) => t.split(/\s+/).length >= 6)
        .map((t) => ({ text: t, sourceId: s.id, quote: t })),
    );
    return meteredCall(
      ctx,
      [{ provider: "offline", model: "extractive", unit: "input_token", quantity: tokensOf(sentences.map((c) => c.text).join(" ")) }],
      () => ({ claims: sentences.slice(0, limit) }),
    );
  },
};
