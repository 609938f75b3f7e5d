import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { EpisodeStatus } from "@/lib/generated/prisma/enums";

export const PAGE_SIZE = 50;

/** The list's filters, from the URL: bad values are dropped rather than failing the page. */
export const episodeListQuerySchema = z.object({
  status: z
    .enum(Object.values(EpisodeStatus) as [EpisodeStatus, ...EpisodeStatus[]])
    .optional()
    .catch(undefined),
  show: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  before: z.iso.datetime().optional().catch(undefined),
});
export type EpisodeListQuery = z.infer<typeof episodeListQuerySchema>;

/**
 * A page of episodes, newest first, keyed by creation time so paging stays fast on any number of episodes: the
 * episodes page and `GET /api/episodes`.
 */
export async function listEpisodes(db: Db, query: EpisodeListQuery, limit = PAGE_SIZE) {
  const rows = await db.episode.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.show ? { show: { slug: query.show } } : {}),
      ...(query.before ? { createdAt: { lt: new Date(query.before) } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit + 1,
    select: {
      id: true,
      title: true,
      status: true,
      showId: true,
      createdAt: true,
      qualityScore: true,
      brandScore: true,
      costTotal: true,
      budget: true,
      targetMinutes: true,
      show: { select: { name: true, slug: true } },
      publication: { select: { status: true } },
      // The latest certification: a ready episode's badge is green only when certified.
      certifications: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { certified: true, overrideReason: true },
      },
    },
  });
  const page = rows.slice(0, limit);
  return { episodes: page, nextBefore: rows.length > limit ? page.at(-1)!.createdAt.toISOString() : null };
}
