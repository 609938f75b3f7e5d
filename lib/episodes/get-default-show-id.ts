import "server-only";
import type { Db } from "@/lib/db";

/**
 * The show a new episode starts on: the one this user last produced for, else the one with the most recent episode
 * (what the studio is busy with), else none (the form takes the first by name).
 */
export async function getDefaultShowId(db: Db, userId: string): Promise<string | null> {
  const latest = (where: { createdById?: string }) =>
    db.episode.findFirst({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { showId: true } });
  return ((await latest({ createdById: userId })) ?? (await latest({})))?.showId ?? null;
}
