import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/domain/errors";
import { canCancel } from "@/lib/domain/episode-status";
import { transitionEpisode } from "./transition-episode";
import type { EpisodeEvents } from "./episode-events";
import { loadOwnEpisode } from "./load-own-episode";

/**
 * Cancels an episode, then cancels its pipeline run. Everything produced is kept. The episode is cancelled before the
 * event is sent, so a run that misses the event still finds it cancelled at its next step; a failed send is thrown.
 */
export async function cancelEpisode(
  db: Db,
  events: Pick<EpisodeEvents, "cancelPipeline">,
  episodeId: string,
  user: SessionUser,
  reason?: string,
) {
  const cancelled = await db.$transaction(async (tx) => {
    const episode = await loadOwnEpisode(tx, episodeId, user);
    if (!canCancel(episode.status))
      throw new ConflictError(`An episode that is ${episode.status.toLowerCase()} cannot be cancelled.`);
    await transitionEpisode(tx, episodeId, "cancel", { statusReason: reason ?? "Cancelled" }, { refuse: "throw" });
    await tx.gate.updateMany({ where: { episodeId, status: "PENDING" }, data: { status: "EXPIRED" } });
    await tx.pipelineRun.updateMany({
      where: { episodeId, status: { in: ["RUNNING", "WAITING"] } },
      data: { status: "CANCELLED", endedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.cancel",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
      data: { reason: reason ?? null },
    });
    return { id: episodeId, status: "CANCELLED" as const };
  });
  await events.cancelPipeline(episodeId);
  return cancelled;
}
