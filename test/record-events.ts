import type { EpisodeEvents } from "@/lib/episodes/episode-events";

export type SentEvent =
  | { name: "requestPipeline"; episodeId: string; showId: string; reason: "create" | "retry" }
  | { name: "announceGateDecision"; episodeId: string; gateId: string }
  | { name: "cancelPipeline"; episodeId: string }
  | { name: "resumeAfterBudget"; episodeId: string };

/**
 * A fake of the use cases' event port that records what they send, in order. `onSend` runs as each is sent (to look
 * at what is written by then); with `fail`, every send throws that error after being recorded, as an unreachable
 * engine does. Also the way a test writes without waking a run.
 */
export function recordEvents(
  options: { fail?: Error; onSend?: (event: SentEvent) => Promise<void> } = {},
): EpisodeEvents & { sent: SentEvent[] } {
  const sent: SentEvent[] = [];
  const send = async (event: SentEvent) => {
    sent.push(event);
    await options.onSend?.(event);
    if (options.fail) throw options.fail;
  };
  return {
    sent,
    requestPipeline: (episode, reason) =>
      send({ name: "requestPipeline", episodeId: episode.id, showId: episode.showId, reason }),
    announceGateDecision: (episodeId, decision) =>
      send({ name: "announceGateDecision", episodeId, gateId: decision.gateId }),
    cancelPipeline: (episodeId) => send({ name: "cancelPipeline", episodeId }),
    resumeAfterBudget: (episodeId) => send({ name: "resumeAfterBudget", episodeId }),
  };
}
