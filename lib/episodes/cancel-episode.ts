import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/domain/errors";
import { canCancel } from "@/lib/domain/episode-status";
import { loadOwnEpisode } from "./load-own-episode";

/** Cancels an episode; the caller then cancels its pipeline run (dispatch). Everything produced is kept. */
export async function cancelEpisode(db: Db, episodeId: string, user: SessionUser, reason?: string) {
  return db.$transaction(async (tx) => {
    const episode = await loadOwnEpisode(tx, episodeId, user);
    if (!canCancel(episode.status)) throw new ConflictError(`An episode that is ${episode.status.toLowerCase()} cannot be cancelled.`);
    await tx.episode.update({ where: { id: episodeId }, data: { status: "CANCELLED", statusReason: reason ?? "Cancelled" } });
    await tx.gate.updateMany({ where: { episodeId, status: "PENDING" }, data: { status: "EXPIRED" } });
    await tx.pipelineRun.updateMany({
      where: { episodeId, status: { in: ["RUNNING", "WAITING"] } },
      data: { status: "CANCELLED", endedAt: new Date() },
    });
    await recordAudit(tx, { actorId: user.id, action: "episode.cancel", entityType: "Episode", entityId: episodeId, episodeId, data: { reason: reason ?? null } });
    return { id: episodeId, status: "CANCELLED" as const };
  });
}
