import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/domain/errors";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { lockForPublishing, PUBLISH_TRANSACTION } from "./lock-for-publishing";
import { publishLocked, withReleaseCleanup } from "./publish-episode";
import { newRelease } from "./public-urls";

export type ScheduledOutcome =
  | { outcome: "published"; publicationId: string }
  | { outcome: "skipped"; reason: string }
  | { outcome: "refused"; reason: string };

const stillScheduled = (p: { status: string; scheduledFor: Date | null } | null, at: Date) =>
  p?.status === "SCHEDULED" && p.scheduledFor?.getTime() === at.getTime();
/** Why a scheduled publish that kept failing for a reason of the studio's own (not the rules) did not happen. */
export const SCHEDULED_PUBLISH_FAILED =
  "The scheduled publish failed on every try: the studio could not store the episode's files or reach its database. Publish it again.";
const SKIPPED = { outcome: "skipped" as const, reason: "The schedule changed or was cancelled." };

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
  now = new Date(),
): Promise<ScheduledOutcome> {
  const release = newRelease(now);
  try {
    return await withReleaseCleanup(db, storage, episodeId, release, () =>
      db.$transaction(async (tx) => {
        const episode = await lockForPublishing(tx, episodeId);
        if (!stillScheduled(episode.publication, at)) return SKIPPED;
        const row = await publishLocked(tx, storage, episode, episode.publication!.decidedById, now, release);
        return { outcome: "published" as const, publicationId: row.id };
      }, PUBLISH_TRANSACTION),
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error; // the engine retries what may pass next time
    return refuseScheduled(db, episodeId, at, error.message);
  }
}

/**
 * Gives up a scheduled publish with its reason, if the episode is still scheduled for that time: the refusal is
 * audited and shown on the Publish tab, and the episode is back to not published (or unpublished). Also what the
 * engine calls when its retries of a failing publish run out, so a schedule never stays in the past.
 */
export async function refuseScheduled(db: Db, episodeId: string, at: Date, reason: string): Promise<ScheduledOutcome> {
  return db.$transaction(async (tx) => {
    const { publication } = await lockForPublishing(tx, episodeId);
    if (!stillScheduled(publication, at)) return SKIPPED;
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
      data: { reason, scheduledFor: at.toISOString() },
    });
    return { outcome: "refused" as const, reason };
  });
}
