import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hasRole } from "@/lib/domain/roles";
import { resolveLineCommentSchema } from "./line-comment-schemas";

/** An editor marks an open comment resolved by hand (say, once they fixed the line themselves). */
export async function resolveLineComment(db: Db, episodeId: string, raw: unknown, user: SessionUser) {
  if (!hasRole(user.role, "EDITOR")) throw new ForbiddenError("Only an editor or admin can resolve a comment.");
  const { commentId } = resolveLineCommentSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const comment = await tx.lineComment.findFirst({ where: { id: commentId, episodeId }, select: { id: true } });
    if (!comment) throw new NotFoundError("That comment");
    const updated = await tx.lineComment.updateMany({
      where: { id: commentId, status: "OPEN" },
      data: { status: "RESOLVED", resolvedById: user.id, resolvedAt: new Date(), outcome: `Resolved by ${user.name}.` },
    });
    if (updated.count === 0) throw new ConflictError("This comment was already resolved.");
    await recordAudit(tx, {
      actorId: user.id,
      action: "script.comment.resolve",
      entityType: "LineComment",
      entityId: commentId,
      episodeId,
    });
    return { id: commentId, status: "RESOLVED" as const };
  });
}
