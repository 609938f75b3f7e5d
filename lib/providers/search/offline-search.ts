import type { Db } from "@/lib/db";
import { rankPassages, type PassageDoc } from "./rank-passages";
import { splitPassages } from "./split-passages";
import type { SearchProvider } from "./types";

/** How many of the show's earlier sources (newest first) are searched besides the episode's own. */
export const LIBRARY_SOURCE_LIMIT = 200;
const OWN_SOURCE_BOOST = 1.25;
const MAX_RESULTS = 50;
const USAGE = [{ provider: "offline", model: "bm25", unit: "request", quantity: 1 }] as const;

const columns = { id: true, title: true, url: true, content: true, contentHash: true } as const;

/**
 * The offline default: BM25 retrieval over the episode's own sources and the show's library, returning passages
 * (with their source and offsets) rather than whole documents. Only rows of the requested show are ever read.
 */
export function createOfflineSearch(db: Db): SearchProvider {
  return {
    id: "offline",
    estimate: () => [...USAGE],
    async search({ query, episodeId, showId, limit, excludeSourceIds = [] }) {
      const notExcluded = { id: { notIn: excludeSourceIds } };
      const [own, library] = await Promise.all([
        db.source.findMany({
          where: { showId, episodeId, ...notExcluded },
          select: columns,
          orderBy: { createdAt: "desc" },
        }),
        db.source.findMany({
          where: { showId, ...notExcluded, OR: [{ episodeId: null }, { episodeId: { not: episodeId } }] },
          select: columns,
          orderBy: { createdAt: "desc" },
          take: LIBRARY_SOURCE_LIMIT,
        }),
      ]);

      // The same document uploaded to several episodes is searched once, preferring this episode's copy.
      const seen = new Set<string>();
      const docs: PassageDoc[] = [];
      for (const [sources, boost] of [
        [own, OWN_SOURCE_BOOST],
        [library, 1],
      ] as const) {
        for (const source of sources) {
          if (seen.has(source.contentHash)) continue;
          seen.add(source.contentHash);
          for (const passage of splitPassages(source.content)) {
            docs.push({ sourceId: source.id, title: source.title, url: source.url, boost, ...passage });
          }
        }
      }

      const ranked = rankPassages(docs, query, Math.min(Math.max(limit, 1), MAX_RESULTS));
      return {
        results: ranked.map((p) => ({
          title: p.title,
          ...(p.url ? { url: p.url } : {}),
          snippet: p.snippet,
          content: p.text,
          sourceId: p.sourceId,
          start: p.start,
          end: p.end,
          score: p.score,
        })),
        usage: [...USAGE],
      };
    },
    async health() {
      try {
        await db.$queryRaw`select 1`;
        return { ok: true, detail: "Searching the show's own sources (offline)" };
      } catch (error) {
        return { ok: false, detail: `The database is not reachable: ${(error as Error).message}` };
      }
    },
  };
}
