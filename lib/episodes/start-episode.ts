import type { Db } from "@/lib/db";
import type { EpisodeEvents } from "./episode-events";
import { transitionEpisode } from "./transition-episode";

/**
 * Asks the engine to run the pipeline for an episode just written as QUEUED (createEpisode, retryEpisode). If the
 * engine cannot be reached the episode is not lost: it waits in "needs attention" with the reason, and can be retried.
 */
export async function startEpisode<E extends { id: string; showId: string }>(
  db: Db,
  events: Pick<EpisodeEvents, "requestPipeline">,
  episode: E,
  reason: "create" | "retry",
): Promise<E & { status: string; statusReason?: string }> {
  try {
    await events.requestPipeline({ id: episode.id, showId: episode.showId }, reason);
    return { ...episode, status: "QUEUED" };
  } catch (error) {
    const statusReason = `The pipeline engine could not be reached (${error instanceof Error ? error.message : error}). Retry when it is running.`;
    // Ignored if the episode was cancelled meanwhile: it stays cancelled.
    await transitionEpisode(db, episode.id, "needAttention", { statusReason });
    return { ...episode, status: "NEEDS_ATTENTION", statusReason };
  }
}
