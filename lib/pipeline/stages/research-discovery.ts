import type { StageModule } from "../types";
import { meteredCall } from "../metered-call";

export interface DiscoveryOutput {
  passages: { sourceId: string; title: string; text: string; start: number; score: number }[];
  angles: string[];
}

// How many passages research reads, by complexity; the economy tier reads half.
const PASSAGES = { LOW: 8, MEDIUM: 16, HIGH: 24 } as const;

export const researchDiscovery: StageModule<DiscoveryOutput> = {
  key: "research-discovery",
  async run(ctx) {
    const { search } = ctx.providers;
    const limit = PASSAGES[ctx.episode.complexity] / (ctx.tier === "economy" ? 2 : 1);
    const response = await meteredCall(
      ctx,
      search.estimate(),
      (signal) => search.search({ query: ctx.episode.topic, episodeId: ctx.episode.id, showId: ctx.show.id, limit }, { signal }),
      (r) => r.usage,
    );
    // Only passages tied to a stored source can be cited; hosted results become sources in a later change.
    const passages = response.results
      .filter((r) => r.sourceId && r.content && r.start !== undefined)
      .map((r) => ({ sourceId: r.sourceId!, title: r.title, text: r.content!, start: r.start!, score: r.score ?? 0 }));
    return { passages, angles: [...new Set(passages.map((p) => p.title))] };
  },
};
