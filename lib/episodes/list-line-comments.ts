import "server-only";
import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";

/**
 * The comments made on one version of the script (by number; else the latest), oldest first, with who wrote them
 * and where they were resolved; `open` counts those a rejection would carry to the writer.
 */
export async function listLineComments(db: Db, episodeId: string, version?: number) {
  const target = await db.scriptVersion.findFirst({
    where: { episodeId, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  if (!target) {
    if (version) throw new NotFoundError(`Version ${version}`);
    return { version: null, open: 0, comments: [] };
  }
  const comments = await db.lineComment.findMany({
    where: { scriptVersionId: target.id },
    orderBy: [{ firstLine: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      firstLine: true,
      lastLine: true,
      text: true,
      status: true,
      outcome: true,
      createdAt: true,
      author: { select: { name: true } },
      resolvedBy: { select: { name: true } },
      resolvedInVersion: { select: { version: true } },
    },
  });
  return { version: target.version, open: comments.filter((c) => c.status === "OPEN").length, comments };
}
