import type { Db } from "@/lib/db";

/** Every show with its hosts and episode count, by name: what the shows list and GET /api/shows show. */
export function listShows(db: Db) {
  return db.show.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      tone: true,
      brandThreshold: true,
      autoApprove: true,
      hosts: { orderBy: { position: "asc" }, select: { name: true, localVoice: true } },
      _count: { select: { episodes: true } },
    },
  });
}
