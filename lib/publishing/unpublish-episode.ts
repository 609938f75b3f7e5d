import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/domain/errors";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { requireRole } from "@/lib/domain/roles";
import { lockForPublishing } from "./lock-for-publishing";
import { deletePublishedFiles } from "./make-published-files";

/**
 * Takes the episode out of the feed, as an editor, or cancels its schedule. The row changes first (the public routes
 * answer 404 from then on), then the public files it named are deleted. The guid stays, so a later publish is the same item.
 * A schedule for an episode never published leaves no row behind: it was never public.
 */
export async function unpublishEpisode(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  user: SessionUser,
  now = new Date(),
) {
  requireRole(user, "EDITOR", "publish or unpublish episodes");
  const result = await db.$transaction(async (tx) => {
    const { publication } = await lockForPublishing(tx, episodeId);
    if (!publication || publication.status === "UNPUBLISHED")
      throw new ConflictError("This episode is not published or scheduled, so there is nothing to unpublish.");
    const cancelsSchedule = publication.status === "SCHEDULED";
    const row =
      cancelsSchedule && publication.publishedAt === null
        ? (await tx.publication.delete({ where: { id: publication.id } }), null)
        : await tx.publication.update({
            where: { id: publication.id },
            data: {
              status: "UNPUBLISHED",
              scheduledFor: null,
              unpublishedAt: cancelsSchedule ? publication.unpublishedAt : now,
              decidedById: user.id,
            },
          });
    await recordAudit(tx, {
      actorId: user.id,
      action: cancelsSchedule ? "publication.cancel-schedule" : "publication.unpublish",
      entityType: "Publication",
      entityId: publication.id,
      episodeId,
      data: { guid: publication.guid },
    });
    return {
      row,
      keys: [publication.audioKey, publication.transcriptVttKey, publication.transcriptSrtKey, publication.chaptersKey],
    };
  });
  // Only the copies the unpublished row named: a publish since then has its own release folder. The episode is out of
  // the feed and its routes answer 404 already, so a storage failure here is logged rather than undoing that.
  await deletePublishedFiles(storage, result.keys).catch((cause: unknown) =>
    console.error(`Unpublishing ${episodeId}: its public copies could not be deleted:`, cause),
  );
  return result.row;
}
