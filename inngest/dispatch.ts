import type { Inngest } from "inngest";
import type { EpisodeEvents } from "@/lib/episodes/episode-events";
import type { GateDecisionInput } from "@/lib/episodes/schemas";
import { budgetResumed, episodeCancelled, gateDecided, pipelineRequested } from "./events";

/** The events the app sends, one helper each: the adapter behind the episode use cases' port (EpisodeEvents). */
export function createDispatch(client: Inngest) {
  return {
    requestPipeline: (episode: { id: string; showId: string }, reason: "create" | "retry") =>
      client.send(pipelineRequested.create({ episodeId: episode.id, showId: episode.showId, reason })),
    /** After decideGate wrote the decision to the gate's row: the run reads it from there. */
    announceGateDecision: (episodeId: string, decision: Pick<GateDecisionInput, "gateId">) =>
      client.send(gateDecided.create({ episodeId, gateId: decision.gateId })),
    cancelPipeline: (episodeId: string) => client.send(episodeCancelled.create({ episodeId })),
    resumeAfterBudget: (episodeId: string) => client.send(budgetResumed.create({ episodeId })),
  } satisfies EpisodeEvents;
}
export type Dispatch = ReturnType<typeof createDispatch>;
