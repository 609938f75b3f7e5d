import type { StageModule } from "../types";
import { extractClaimsOutputSchema, type ExtractClaimsOutput } from "@/lib/providers/writer/schemas";
import { callWriter, writerContext } from "../call-writer";
import { keyPointCapacity } from "@/lib/domain/key-point-capacity";

// Depth scales with complexity; the economy tier extracts half as many claims. A short episode takes no more than it
// can say (one claim beyond, since a claim may not hold up): a brief it cannot cover only leaves points unsaid.
const CLAIMS = { LOW: 6, MEDIUM: 10, HIGH: 16 } as const;

export const researchDeepDive: StageModule<"research-deep-dive", ExtractClaimsOutput> = {
  key: "research-deep-dive",
  input: ["research-discovery"],
  output: extractClaimsOutputSchema,
  run(ctx) {
    const passages = ctx.outputs["research-discovery"]?.passages ?? [];
    const maxClaims = Math.max(
      1,
      Math.min(
        Math.floor(CLAIMS[ctx.episode.complexity] / (ctx.tier === "economy" ? 2 : 1)),
        keyPointCapacity(ctx.episode.targetMinutes) + 1,
      ),
    );
    return callWriter(ctx, "extractClaims", {
      ...writerContext(ctx),
      topic: ctx.episode.topic,
      passages: passages.map(({ sourceId, text, start }) => ({ sourceId, text, start })),
      maxClaims,
    });
  },
  async persist(tx, { episodeId }, { claims }) {
    // A re-run (e.g. on the economy tier) replaces the claims: the latest extraction is the episode's research.
    await tx.claim.deleteMany({ where: { episodeId } });
    await tx.claim.createMany({
      data: claims.map((c, position) => ({
        episodeId,
        position,
        sourceId: c.sourceId,
        text: c.text,
        quote: c.quote,
        quoteStart: c.quoteStart,
        quoteEnd: c.quoteEnd,
      })),
    });
  },
};
