import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hasRole } from "@/lib/domain/roles";
import { excludeSourceSchema } from "@/lib/domain/effective-verdict";
import { lockResearchControl } from "./lock-research-control";

/**
 * Takes a source out of one episode's research, or puts it back. Only a source of the episode's show can be
 * excluded (its own or the show library's), and only while the episode awaits a decision or a retry; a repeated request changes nothing and is not audited twice.
 */
export async function excludeSource(db: Db, raw: unknown, user: SessionUser) {
  if (!hasRole(user.role, "EDITOR")) throw new ForbiddenError("Only an editor or admin can exclude a source.");
  const { episodeId, sourceId, excluded } = excludeSourceSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const episode = await lockResearchControl(tx, episodeId);
    const source = await tx.source.findFirst({
      where: { id: sourceId, showId: episode.showId },
      select: { id: true, title: true },
    });
    if (!source) throw new NotFoundError("That source");
    const key = { episodeId_sourceId: { episodeId, sourceId } };
    const changed = excluded
      ? (
          await tx.sourceExclusion.createMany({
            data: [{ episodeId, sourceId, excludedById: user.id }],
            skipDuplicates: true,
          })
        ).count > 0
      : (await tx.sourceExclusion.deleteMany({ where: key.episodeId_sourceId })).count > 0;
    if (changed)
      await recordAudit(tx, {
        actorId: user.id,
        action: excluded ? "source.exclude" : "source.include",
        entityType: "Source",
        entityId: sourceId,
        episodeId,
        data: { title: source.title },
      });
    return { sourceId, title: source.title, excluded, changed };
  });
}
