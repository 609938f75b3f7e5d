import { z } from "zod";
import type { StageModule } from "../types";
import { meteredCall } from "../metered-call";

export const discoveryOutputSchema = z.object({
  passages: z.array(
    z.object({ sourceId: z.string(), title: z.string(), text: z.string(), start: z.number(), score: z.number() }),
  ),
  angles: z.array(z.string()),
});
export type DiscoveryOutput = z.infer<typeof discoveryOutputSchema>;

// How many passages research reads, by complexity; the economy tier reads half.
const PASSAGES = { LOW: 8, MEDIUM: 16, HIGH: 24 } as const;

export const researchDiscovery: StageModule<"research-discovery", DiscoveryOutput> = {
  key: "research-discovery",
  input: [],
  output: discoveryOutputSchema,
  async run(ctx) {
    const { search } = ctx.providers;
    const limit = PASSAGES[ctx.episode.complexity] / (ctx.tier === "economy" ? 2 : 1);
    const response = await meteredCall(
      ctx,
      search.estimate(),
      (signal) =>
        search.search(
          {
            query: ctx.episode.topic,
            episodeId: ctx.episode.id,
            showId: ctx.show.id,
            limit,
            excludeSourceIds: ctx.excludedSourceIds ?? [],
          },
          { signal },
        ),
      (r) => r.usage,
    );
    // Only passages tied to a stored source can be cited; hosted results become sources in a later change.
    const passages = response.results
      .filter((r) => r.sourceId && r.content && r.start !== undefined)
      .filter((r) => !ctx.excludedSourceIds?.includes(r.sourceId!))
      .map((r) => ({ sourceId: r.sourceId!, title: r.title, text: r.content!, start: r.start!, score: r.score ?? 0 }));
    return { passages, angles: [...new Set(passages.map((p) => p.title))] };
  },
};
