import "server-only";
import type { Db } from "@/lib/db";

/**
 * The gates waiting for an editor's decision, oldest first (a queue is worked from its head), at most `limit` of
 * them, and how many wait in all.
 */
export async function getReviewQueue(db: Db, limit: number) {
  const [gates, waiting] = await Promise.all([
    db.gate.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: limit,
      select: {
        id: true,
        kind: true,
        iteration: true,
        createdAt: true,
        episode: { select: { id: true, title: true, show: { select: { name: true } } } },
      },
    }),
    db.gate.count({ where: { status: "PENDING" } }),
  ]);
  return { gates, waiting };
}
