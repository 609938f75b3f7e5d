import "server-only";
import type { Db } from "@/lib/db";

/** Alerts nobody has acknowledged yet, newest first (all of them, or one episode's). */
export function listOpenAlerts(db: Db, options: { episodeId?: string; take?: number } = {}) {
  return db.alert.findMany({
    where: { acknowledgedAt: null, ...(options.episodeId ? { episodeId: options.episodeId } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 20,
    select: {
      id: true,
      kind: true,
      severity: true,
      message: true,
      createdAt: true,
      episode: { select: { id: true, title: true } },
    },
  });
}
