import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/domain/errors";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { lockForPublishing, PUBLISH_TRANSACTION } from "./lock-for-publishing";
import { publishLocked } from "./publish-episode";

export type ScheduledOutcome =
  | { outcome: "published"; publicationId: string }
  | { outcome: "skipped"; reason: string }
  | { outcome: "refused"; reason: string };

/**
 * Fires a scheduled publish: only if the episode is still scheduled for this very time (a new time or a cancel since
 * then skips it). The rules and the feed are checked again; a refusal is recorded (audit log, shown on the Publish
 * tab) and the episode goes back to not published, or unpublished if it had been out before.
 */
export async function publishScheduled(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  at: Date,
): Promise<ScheduledOutcome> {
  const stillScheduled = (p: { status: string; scheduledFor: Date | null } | null) =>
    p?.status === "SCHEDULED" && p.scheduledFor?.getTime() === at.getTime();
  try {
    return await db.$transaction(async (tx) => {
      const episode = await lockForPublishing(tx, episodeId);
      if (!stillScheduled(episode.publication))
        return { outcome: "skipped" as const, reason: "The schedule changed or was cancelled." };
      const row = await publishLocked(tx, storage, episode, episode.publication!.decidedById, new Date());
      return { outcome: "published" as const, publicationId: row.id };
    }, PUBLISH_TRANSACTION);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error; // the engine retries what may pass next time
    return db.$transaction(async (tx) => {
      const { publication } = await lockForPublishing(tx, episodeId);
      if (!stillScheduled(publication))
        return { outcome: "skipped" as const, reason: "The schedule changed or was cancelled." };
      if (publication!.publishedAt === null) await tx.publication.delete({ where: { id: publication!.id } });
      else
        await tx.publication.update({
          where: { id: publication!.id },
          data: { status: "UNPUBLISHED", scheduledFor: null },
        });
      await recordAudit(tx, {
        actorId: null,
        action: "publication.refused",
        entityType: "Publication",
        entityId: publication!.id,
        episodeId,
        data: { reason: error.message, scheduledFor: at.toISOString() },
      });
      return { outcome: "refused" as const, reason: error.message };
    });
  }
}
