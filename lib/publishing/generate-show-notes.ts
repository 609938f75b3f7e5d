import type { Db } from "@/lib/db";
import { claimControlOf, effectiveVerdict } from "@/lib/domain/effective-verdict";
import { briefSchema } from "@/lib/domain/research";
import { composeShowNotes } from "@/lib/domain/show-notes";
import { NotFoundError } from "@/lib/domain/errors";
import { loadMasterTimeline } from "./load-master-timeline";

/** The research brief's key points, as the synthesis stored them (none when it did not run or no longer parses). */
async function keyPointsOf(db: Db, episodeId: string): Promise<string[]> {
  const synthesis = await db.stageRun.findFirst({
    where: { episodeId, stage: "research-synthesis", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    select: { output: true },
  });
  const brief = briefSchema.safeParse(synthesis?.output);
  return brief.success ? brief.data.keyPoints.map((k) => k.text) : [];
}

/**
 * The sources the episode used, oldest first: its own, those research retrieved passages from and those its claims
 * cite (the Research tab's list), each marked when an editor excluded it.
 */
async function sourcesOf(db: Db, episodeId: string, cited: string[], excluded: Set<string>) {
  const discovery = await db.stageRun.findFirst({
    where: { episodeId, stage: "research-discovery", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    select: { output: true },
  });
  const passages = (discovery?.output as { passages?: { sourceId?: unknown }[] } | null)?.passages ?? [];
  const retrieved = passages.flatMap((p) => (typeof p.sourceId === "string" ? [p.sourceId] : []));
  const sources = await db.source.findMany({
    where: { OR: [{ episodeId }, { id: { in: [...new Set([...retrieved, ...cited])] } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, url: true },
  });
  return sources.map((s) => ({ title: s.title, url: s.url, excluded: excluded.has(s.id) }));
}

/** Show notes generated from the episode's brief, the script its master voices, its chapters and its research. */
export async function generateShowNotes(db: Db, episodeId: string): Promise<string> {
  const episode = await db.episode.findUnique({ where: { id: episodeId }, select: { topic: true } });
  if (!episode) throw new NotFoundError("That episode");
  const [voiced, keyPoints, exclusions, claims] = await Promise.all([
    loadMasterTimeline(db, episodeId),
    keyPointsOf(db, episodeId),
    db.sourceExclusion.findMany({ where: { episodeId }, select: { sourceId: true } }),
    db.claim.findMany({
      where: { episodeId },
      orderBy: { position: "asc" },
      select: {
        text: true,
        verdict: true,
        overrideVerdict: true,
        overrideReason: true,
        source: { select: { id: true, title: true, url: true } },
      },
    }),
  ]);
  const excluded = new Set(exclusions.map((e) => e.sourceId));
  const sources = await sourcesOf(
    db,
    episodeId,
    claims.map((c) => c.source.id),
    excluded,
  );
  return composeShowNotes({
    topic: episode.topic,
    script: voiced?.script ?? null,
    keyPoints,
    chapters: voiced?.chapters ?? [],
    sources,
    claims: claims.map((c) => {
      const sourceExcluded = excluded.has(c.source.id);
      return {
        text: c.text,
        verdict: effectiveVerdict(claimControlOf(c, sourceExcluded)).verdict,
        source: { title: c.source.title, url: c.source.url, excluded: sourceExcluded },
      };
    }),
  });
}
