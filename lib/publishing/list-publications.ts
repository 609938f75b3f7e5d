import "server-only";
import type { Db } from "@/lib/db";

/** Episodes published or scheduled, the next scheduled first, then the latest published: the dashboard and a show's page. */
export async function listPublications(db: Db, where: { showId?: string } = {}, take = 10) {
  const rows = await db.publication.findMany({
    where: {
      status: { in: ["PUBLISHED", "SCHEDULED"] },
      ...(where.showId ? { episode: { showId: where.showId } } : {}),
    },
    orderBy: [{ status: "asc" }, { scheduledFor: "asc" }, { publishedAt: "desc" }],
    take,
    select: {
      status: true,
      scheduledFor: true,
      publishedAt: true,
      episode: { select: { id: true, title: true, episodeNumber: true, show: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    episodeId: r.episode.id,
    title: r.episode.title,
    episodeNumber: r.episode.episodeNumber,
    showName: r.episode.show.name,
    status: r.status,
    /** When it went out, or when it will. */
    at: r.status === "SCHEDULED" ? r.scheduledFor : r.publishedAt,
  }));
}
export type PublicationListItem = Awaited<ReturnType<typeof listPublications>>[number];
