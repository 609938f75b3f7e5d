import "server-only";
import type { Db } from "@/lib/db";

/** The Activity tab: the episode's audit log, newest first. */
export async function getEpisodeActivity(db: Db, episodeId: string, take = 200) {
  return db.auditLog.findMany({
    where: { episodeId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      action: true,
      entityType: true,
      data: true,
      createdAt: true,
      actor: { select: { name: true, role: true } },
    },
  });
}
