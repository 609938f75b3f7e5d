import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { countLines, OPEN_LINE_COMMENTS_MAX } from "@/lib/domain/line-comment";
import { hasRole } from "@/lib/domain/roles";
import { scriptSchema } from "@/lib/domain/script";
import { createLineCommentSchema } from "./line-comment-schemas";

/**
 * An editor's comment on lines of the version waiting for approval (the one a rejection sends to the writer); a
 * comment on an older version would go nowhere, so it is refused.
 */
export async function createLineComment(db: Db, episodeId: string, raw: unknown, user: SessionUser) {
  if (!hasRole(user.role, "EDITOR")) throw new ForbiddenError("Only an editor or admin can comment on a script.");
  const input = createLineCommentSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const episode = await tx.episode.findUnique({
      where: { id: episodeId },
      select: {
        status: true,
        scriptVersions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, segments: true } },
      },
    });
    if (!episode) throw new NotFoundError("That episode");
    const latest = episode.scriptVersions[0];
    if (episode.status !== "AWAITING_SCRIPT_APPROVAL" || !latest)
      throw new ConflictError("Lines can be commented on while the script waits for approval, not now.");
    if (latest.version !== input.version)
      throw new ConflictError(
        `Comment on the latest version (v${latest.version}): that is the one the writer revises.`,
      );
    const lines = countLines(scriptSchema.shape.segments.parse(latest.segments));
    if (input.lastLine > lines) throw new ConflictError(`This version has ${lines} lines.`);
    // Under a lock on the episode's row, so two comments at once cannot both take the last place.
    await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
    const open = await tx.lineComment.count({ where: { scriptVersionId: latest.id, status: "OPEN" } });
    if (open >= OPEN_LINE_COMMENTS_MAX)
      throw new ConflictError(
        `v${latest.version} already has ${OPEN_LINE_COMMENTS_MAX} open comments: resolve some, or edit the script yourself.`,
      );
    const comment = await tx.lineComment.create({
      data: {
        episodeId,
        scriptVersionId: latest.id,
        firstLine: input.firstLine,
        lastLine: input.lastLine,
        text: input.text,
        authorId: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "script.comment",
      entityType: "LineComment",
      entityId: comment.id,
      episodeId,
      data: { version: latest.version, firstLine: input.firstLine, lastLine: input.lastLine, text: input.text },
    });
    return comment;
  });
}
