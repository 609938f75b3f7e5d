import "server-only";
import type { Db } from "@/lib/db";
import type { Brief } from "@/lib/domain/research";

/** The Research tab: every claim with its citation (source and quoted passage), verdict and evidence; the brief. */
export async function getEpisodeResearch(db: Db, episodeId: string) {
  const [claims, synthesis] = await Promise.all([
    db.claim.findMany({
      where: { episodeId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        text: true,
        quote: true,
        verdict: true,
        confidence: true,
        evidence: true,
        source: { select: { id: true, title: true, url: true } },
      },
    }),
    db.stageRun.findFirst({
      where: { episodeId, stage: "research-synthesis", status: "SUCCEEDED" },
      orderBy: { endedAt: "desc" },
      select: { output: true },
    }),
  ]);
  return {
    claims: claims.map((c) => ({
      ...c,
      evidence: c.evidence as { reason?: string; items?: { sourceId: string; text: string; stance?: string }[] } | null,
    })),
    brief: (synthesis?.output as Brief | undefined) ?? null,
  };
}
