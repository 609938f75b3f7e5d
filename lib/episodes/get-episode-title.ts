import "server-only";
import type { Db } from "@/lib/db";

/** The episode's title, or null when there is no such episode (what pages and routes tell a 404 by). */
export async function getEpisodeTitle(db: Db, episodeId: string) {
  const episode = await db.episode.findUnique({ where: { id: episodeId }, select: { title: true } });
  return episode?.title ?? null;
}
