import "server-only";
import type { Db } from "@/lib/db";

export const SHOWS_PAGE = 100;
export const SHOWS_PAGE_MAX = 200;

/** Shows with their hosts and episode count, by name, a page at a time: what the shows list and GET /api/shows show. */
export async function listShows(db: Db, { limit = SHOWS_PAGE, after }: { limit?: number; after?: string } = {}) {
  const rows = await db.show.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
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
  return { shows: rows.slice(0, limit), nextAfter: rows.length > limit ? rows[limit - 1]!.id : null };
}
