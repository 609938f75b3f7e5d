import type { StageModule } from "../types";
import { meteredCall, tokensOf } from "../metered-call";

export interface DiscoveryOutput {
  sources: { id: string; title: string }[];
  angles: string[];
}

export const researchDiscovery: StageModule<DiscoveryOutput> = {
  key: "research-discovery",
  run: (ctx) =>
    meteredCall(
      ctx,
      [{ provider: "offline", model: "retrieval", unit: "input_token", quantity: tokensOf(ctx.sources.map((s) => s.content).join(" ")) }],
      () => ({
        sources: ctx.sources.map((s) => ({ id: s.id, title: s.title })),
        angles: [ctx.episode.topic, ...ctx.sources.map((s) => s.title)],
      }),
    ),
};
