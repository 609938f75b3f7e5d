import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * After a revision that carried line comments: those whose lines the writer changed are resolved in the new version;
 * the others stay open on the version they were made on, saying the writer did not act on them.
 */
export async function settleLineComments(
  tx: Prisma.TransactionClient,
  comments: readonly { id: string; acted: boolean }[],
  version: { id: string; version: number },
) {
  const acted = comments.filter((c) => c.acted).map((c) => c.id);
  const left = comments.filter((c) => !c.acted).map((c) => c.id);
  if (acted.length)
    await tx.lineComment.updateMany({
      where: { id: { in: acted }, status: "OPEN" },
      data: {
        status: "RESOLVED",
        resolvedInVersionId: version.id,
        resolvedAt: new Date(),
        outcome: `The writer changed these lines in v${version.version}.`,
      },
    });
  if (left.length)
    await tx.lineComment.updateMany({
      where: { id: { in: left }, status: "OPEN" },
      data: { outcome: `The writer could not act on it in v${version.version}; still open.` },
    });
}
