import type { Db } from "@/lib/db";
import type { StageSource } from "@/lib/domain/stage-inputs";
import { discoveryOutputSchema } from "./stages/research-discovery";

/**
 * The show-library sources (other episodes') this episode's research retrieved passages from, excluded ones left out:
 * claims drawn from them are judged, and the script checked, against them as against the episode's own.
 */
export async function loadLibrarySources(
  db: Db,
  episode: { id: string; showId: string },
  excludedSourceIds: string[],
): Promise<StageSource[]> {
  const discovery = await db.stageRun.findFirst({
    where: { episodeId: episode.id, stage: "research-discovery", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    select: { output: true },
  });
  const passages = discoveryOutputSchema.safeParse(discovery?.output).data?.passages ?? [];
  const ids = [...new Set(passages.map((p) => p.sourceId))].filter((id) => !excludedSourceIds.includes(id));
  if (!ids.length) return [];
  return db.source.findMany({
    where: {
      id: { in: ids },
      showId: episode.showId,
      OR: [{ episodeId: null }, { episodeId: { not: episode.id } }],
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, content: true },
  });
}
