import type { Db } from "@/lib/db";

interface RequestsPipeline {
  requestPipeline(episode: { id: string; showId: string }, reason: "create" | "retry"): Promise<unknown>;
}

/**
 * Asks the engine to run the pipeline. If the engine cannot be reached the episode is not lost: it waits in
 * "needs attention" with the reason, and can be retried.
 */
export async function startEpisode<E extends { id: string; showId: string }>(
  db: Db,
  dispatch: RequestsPipeline,
  episode: E,
  reason: "create" | "retry" = "create",
): Promise<E & { status: string; statusReason?: string }> {
  try {
    await dispatch.requestPipeline(episode, reason);
    return { ...episode, status: "QUEUED" };
  } catch (error) {
    const statusReason = `The pipeline engine could not be reached (${error instanceof Error ? error.message : error}). Retry when it is running.`;
    await db.episode.update({ where: { id: episode.id }, data: { status: "NEEDS_ATTENTION", statusReason } });
    return { ...episode, status: "NEEDS_ATTENTION", statusReason };
  }
}
