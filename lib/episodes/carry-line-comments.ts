import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { mapLineRanges } from "@/lib/domain/find-touched-ranges";
import { scriptSchema } from "@/lib/domain/script";

type Version = { id: string; version: number; segments: unknown };

const lines = (r: { firstLine: number; lastLine: number }) =>
  r.firstLine === r.lastLine ? `line ${r.firstLine}` : `lines ${r.firstLine}–${r.lastLine}`;

/**
 * After an editor saves a new version, the open comments of the one before it would reach no writer (a rejection
 * carries the latest version's), so each moves to the new version at its lines' new place: an open copy there that
 * says where it came from, while the original stays on the version it was made on, resolved with a link to the copy.
 * A comment whose lines were all deleted is resolved saying so: there is nothing left for the writer to change.
 */
export async function carryLineComments(
  tx: Prisma.TransactionClient,
  episodeId: string,
  from: Version,
  to: Version,
  user: Pick<SessionUser, "id">,
) {
  const open = await tx.lineComment.findMany({
    where: { scriptVersionId: from.id, status: "OPEN" },
    orderBy: [{ firstLine: "asc" }, { createdAt: "asc" }],
    select: { id: true, firstLine: true, lastLine: true, text: true, authorId: true },
  });
  if (!open.length) return { carried: 0, deleted: 0 };
  const parse = (v: Version) => ({ segments: scriptSchema.shape.segments.parse(v.segments) });
  const moved = mapLineRanges(parse(from), parse(to), open);
  const resolved = {
    status: "RESOLVED" as const,
    resolvedInVersionId: to.id,
    resolvedById: user.id,
    resolvedAt: new Date(),
  };
  for (const [i, comment] of open.entries()) {
    const range = moved[i];
    if (!range) {
      await tx.lineComment.update({
        where: { id: comment.id },
        data: { ...resolved, outcome: `Its lines were deleted in v${to.version}.` },
      });
      continue;
    }
    await tx.lineComment.create({
      data: {
        episodeId,
        scriptVersionId: to.id,
        ...range,
        text: comment.text,
        authorId: comment.authorId,
        outcome: `Carried from v${from.version}, ${lines(comment)}.`,
      },
    });
    await tx.lineComment.update({
      where: { id: comment.id },
      data: { ...resolved, outcome: `Carried to v${to.version}, ${lines(range)}, where it stays open.` },
    });
  }
  const deleted = moved.filter((r) => !r).length;
  return { carried: open.length - deleted, deleted };
}
