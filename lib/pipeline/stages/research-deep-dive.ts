import type { StageModule } from "../types";
import { extractClaimsOutputSchema, type ExtractClaimsOutput } from "@/lib/providers/writer/schemas";
import { callWriter, writerContext } from "../call-writer";
import { keyPointCapacity } from "@/lib/domain/key-point-capacity";

// Depth scales with complexity, per three minutes of episode: a longer episode needs more to say, or it can only
// repeat itself. The economy tier extracts half as many claims. No episode takes more than it can say (one claim
// beyond, since a claim may not hold up): a brief it cannot cover only leaves points unsaid.
const CLAIMS = { LOW: 6, MEDIUM: 10, HIGH: 16 } as const;
const MINUTES_PER_DEPTH = 3;
/** However long the episode: one model answer can carry this many quoted claims. */
const MOST_CLAIMS = 40;

export const researchDeepDive: StageModule<"research-deep-dive", ExtractClaimsOutput> = {
  key: "research-deep-dive",
  input: ["research-discovery"],
  output: extractClaimsOutputSchema,
  run(ctx) {
    const passages = ctx.outputs["research-discovery"]?.passages ?? [];
    const depth = CLAIMS[ctx.episode.complexity] * Math.max(1, ctx.episode.targetMinutes / MINUTES_PER_DEPTH);
    const maxClaims = Math.max(
      1,
      Math.floor(
        Math.min(
          depth / (ctx.tier === "economy" ? 2 : 1),
          keyPointCapacity(ctx.episode.targetMinutes) + 1,
          MOST_CLAIMS,
        ),
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
