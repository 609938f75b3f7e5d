import type { Inngest } from "inngest";
import type { EpisodeEvents } from "@/lib/episodes/episode-events";
import type { GateDecisionInput, lineRegenerationRequestedData } from "@/lib/episodes/schemas";
import type { z } from "zod";
import {
  budgetResumed,
  episodeCancelled,
  gateDecided,
  lineRegenerationRequested,
  pipelineRequested,
  publicationScheduled,
  reassessmentRequested,
} from "./events";

/** The events the app sends, one helper each: the adapter behind the episode use cases' port (EpisodeEvents). */
export function createDispatch(client: Inngest) {
  const episodeEvents = {
    requestPipeline: (episode: { id: string; showId: string }, reason: "create" | "retry") =>
      client.send(pipelineRequested.create({ episodeId: episode.id, showId: episode.showId, reason })),
    /** After decideGate wrote the decision to the gate's row: the run reads it from there. */
    announceGateDecision: (episodeId: string, decision: Pick<GateDecisionInput, "gateId">) =>
      client.send(gateDecided.create({ episodeId, gateId: decision.gateId })),
    cancelPipeline: (episodeId: string) => client.send(episodeCancelled.create({ episodeId })),
    resumeAfterBudget: (episodeId: string) => client.send(budgetResumed.create({ episodeId })),
  } satisfies EpisodeEvents;
  return {
    ...episodeEvents,
    /** After an override or exclusion was stored: the worker re-runs the quality gates. */
    requestReassessment: (episodeId: string, actorId: string | null, requestId: string) =>
      client.send(reassessmentRequested.create({ episodeId, actorId, requestId })),
    /** After a line's regeneration was claimed (its RUNNING audio row): the worker performs it under that row's key. */
    requestLineRegeneration: (data: z.infer<typeof lineRegenerationRequestedData>) =>
      client.send(lineRegenerationRequested.create(data)),
    /** After the publication row says SCHEDULED for `at`: the engine fires the publish then. */
    schedulePublication: (episodeId: string, at: Date) =>
      client.send(publicationScheduled.create({ episodeId, at: at.toISOString() })),
  };
}
export type Dispatch = ReturnType<typeof createDispatch>;
