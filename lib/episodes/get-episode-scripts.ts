import type { Db } from "@/lib/db";
import type { Script } from "@/lib/providers/writer/schemas";
import type { BrandViolation, DimensionScore } from "@/lib/quality/brand/types";

/** The Script tab: every version, newest first, each with the brand scores made of it. */
export async function getEpisodeScripts(db: Db, episodeId: string) {
  const versions = await db.scriptVersion.findMany({
    where: { episodeId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      authorKind: true,
      note: true,
      createdAt: true,
      segments: true,
      author: { select: { name: true } },
      brandScores: { orderBy: { createdAt: "desc" }, select: { overall: true, threshold: true, passed: true, dimensions: true, violations: true, method: true, createdAt: true } },
    },
  });
  return versions.map(({ brandScores, segments, ...v }) => ({
    ...v,
    segments: segments as Script["segments"],
    brand: brandScores[0]
      ? { ...brandScores[0], dimensions: brandScores[0].dimensions as unknown as DimensionScore[], violations: brandScores[0].violations as unknown as BrandViolation[] }
      : null,
  }));
}
