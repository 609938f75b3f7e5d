import "server-only";
import type { Db } from "@/lib/db";
import { readReadiness } from "./get-readiness";

/**
 * The gates waiting for an editor's decision, oldest first (a queue is worked from its head), at most `limit` of
 * them, and how many wait in all. A final gate carries the readiness blockers its approval would override.
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
  const finals = gates.filter((g) => g.kind === "FINAL").map((g) => g.episode.id);
  // Newest first, so the first run read per episode is its latest.
  const readiness = finals.length
    ? await db.stageRun.findMany({
        where: { episodeId: { in: finals }, stage: "qa-production-readiness", status: "SUCCEEDED" },
        orderBy: { startedAt: "desc" },
        select: { episodeId: true, output: true },
      })
    : [];
  const blockersOf = (episodeId: string) =>
    readReadiness(readiness.find((r) => r.episodeId === episodeId)?.output)?.blockers ?? [];
  return {
    gates: gates.map((g) => ({ ...g, blockers: g.kind === "FINAL" ? blockersOf(g.episode.id) : [] })),
    waiting,
  };
}
