import type { Db } from "@/lib/db";

export const BRAND_HISTORY_LIMIT = 50;

export interface BrandHistoryEntry {
  id: string;
  episodeId: string;
  episodeTitle: string;
  scriptVersionId: string;
  overall: number;
  /** The threshold the score was checked against when it was taken. */
  threshold: number;
  passed: boolean;
  createdAt: Date;
}

export interface BrandHistory {
  /** The latest scores, oldest first (the order a chart reads). */
  entries: BrandHistoryEntry[];
  count: number;
  passedCount: number;
  average: number | null;
  min: number | null;
  max: number | null;
}

/** A show's latest brand scores (one per brand-validator run), oldest first, with their episode and a summary. */
export async function getBrandHistory(db: Db, showId: string, limit = BRAND_HISTORY_LIMIT): Promise<BrandHistory> {
  const rows = await db.brandScore.findMany({
    where: { showId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      episodeId: true,
      scriptVersionId: true,
      overall: true,
      threshold: true,
      passed: true,
      createdAt: true,
      episode: { select: { title: true } },
    },
  });
  const entries = rows.reverse().map(({ episode, ...row }) => ({ ...row, episodeTitle: episode.title }));
  const scores = entries.map((e) => e.overall);
  return {
    entries,
    count: entries.length,
    passedCount: entries.filter((e) => e.passed).length,
    average: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    min: scores.length ? Math.min(...scores) : null,
    max: scores.length ? Math.max(...scores) : null,
  };
}
