import "server-only";
import type { Db } from "@/lib/db";
import type { Brief } from "@/lib/domain/research";
import { claimControlOf, effectiveVerdict } from "@/lib/domain/effective-verdict";

/**
 * The Research tab: every claim with its citation (source and quoted passage), the checker's verdict and evidence,
 * an editor's override and the effective verdict; the sources the research used, with their origin; the brief.
 */
export async function getEpisodeResearch(db: Db, episodeId: string) {
  const [claims, synthesis, discovery, exclusions] = await Promise.all([
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
        overrideVerdict: true,
        overrideReason: true,
        overriddenAt: true,
        overriddenBy: { select: { name: true } },
        source: { select: { id: true, title: true, url: true } },
      },
    }),
    db.stageRun.findFirst({
      where: { episodeId, stage: "research-synthesis", status: "SUCCEEDED" },
      orderBy: { endedAt: "desc" },
      select: { output: true },
    }),
    db.stageRun.findFirst({
      where: { episodeId, stage: "research-discovery", status: "SUCCEEDED" },
      orderBy: { endedAt: "desc" },
      select: { output: true },
    }),
    db.sourceExclusion.findMany({ where: { episodeId }, select: { sourceId: true } }),
  ]);
  const excluded = new Set(exclusions.map((e) => e.sourceId));
  // The sources in use: the episode's own, those research retrieved passages from, and those its claims cite.
  const passages = (discovery?.output as { passages?: { sourceId: string }[] } | null)?.passages ?? [];
  const used = [...new Set([...passages.map((p) => p.sourceId), ...claims.map((c) => c.source.id), ...excluded])];
  const sources = await db.source.findMany({
    where: { OR: [{ episodeId }, { id: { in: used } }] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      kind: true,
      url: true,
      episodeId: true,
      episode: { select: { id: true, title: true } },
    },
  });
  return {
    claims: claims.map(({ overriddenBy, ...c }) => {
      const effective = effectiveVerdict(claimControlOf(c, excluded.has(c.source.id)));
      return {
        ...c,
        overriddenBy: overriddenBy?.name ?? null,
        effective,
        evidence: c.evidence as {
          reason?: string;
          items?: { sourceId: string; text: string; stance?: string }[];
        } | null,
      };
    }),
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      url: s.url,
      origin:
        s.episodeId === episodeId
          ? { kind: "episode" as const }
          : { kind: "library" as const, episodeId: s.episode?.id ?? null, episodeTitle: s.episode?.title ?? null },
      claims: claims.filter((c) => c.source.id === s.id).length,
      excluded: excluded.has(s.id),
    })),
    brief: (synthesis?.output as Brief | undefined) ?? null,
  };
}
