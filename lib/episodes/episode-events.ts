/**
 * The events the episode use cases send (the port; inngest/dispatch.ts is the adapter). Each use case writes its row
 * first and then sends its one event, so the run it wakes always finds the write.
 */
export interface EpisodeEvents {
  requestPipeline(episode: { id: string; showId: string }, reason: "create" | "retry"): Promise<unknown>;
  /** The decision itself is on the gate's row; the event only wakes the run that waits for it. */
  announceGateDecision(episodeId: string, decision: { gateId: string }): Promise<unknown>;
  cancelPipeline(episodeId: string): Promise<unknown>;
  resumeAfterBudget(episodeId: string): Promise<unknown>;
}
