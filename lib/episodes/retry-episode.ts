import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/domain/errors";
import { canRetry } from "@/lib/domain/episode-status";
import type { EpisodeEvents } from "./episode-events";
import { loadOwnEpisode } from "./load-own-episode";
import { startEpisode } from "./start-episode";
import { transitionEpisode } from "./transition-episode";

/**
 * Queues an episode that needs attention for another run, then requests the pipeline, which keeps every stage that
 * already succeeded and re-runs from the first one that did not. An unreachable engine puts it back in "needs
 * attention" (startEpisode), so it can be retried again.
 */
export async function retryEpisode(
  db: Db,
  events: Pick<EpisodeEvents, "requestPipeline">,
  episodeId: string,
  user: SessionUser,
) {
  const queued = await db.$transaction(async (tx) => {
    const episode = await loadOwnEpisode(tx, episodeId, user);
    if (!canRetry(episode.status)) throw new ConflictError(`Only an episode that needs attention can be retried.`);
    await transitionEpisode(tx, episodeId, "retry", { statusReason: null }, { refuse: "throw" });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.retry",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
    });
    return { id: episode.id, showId: episode.showId };
  });
  return startEpisode(db, events, queued, "retry");
}
