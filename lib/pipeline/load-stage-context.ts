import type { Db } from "@/lib/db";
import type { StageKey } from "@/lib/domain/stages";
import type { StageContext, StageShow } from "./types";

/** Reads what a stage may see: the episode, its show's brand profile, its sources and earlier stages' outputs. */
export async function loadStageContext(
  db: Db,
  episodeId: string,
): Promise<Omit<StageContext, "guidance" | "tier" | "meter" | "providers">> {
  const episode = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    include: {
      show: { include: { hosts: { orderBy: { position: "asc" } } } },
      sources: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, content: true } },
    },
  });
  // Latest successful output of each stage, across runs: a retry keeps what earlier runs produced.
  const latest = await db.stageRun.findMany({
    where: { episodeId, status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    distinct: ["stage"],
    select: { stage: true, output: true },
  });
  const { show } = episode;
  return {
    episode: {
      id: episode.id,
      title: episode.title,
      topic: episode.topic,
      complexity: episode.complexity,
      format: episode.format,
      speakerCount: episode.speakerCount,
      targetMinutes: episode.targetMinutes,
    },
    show: {
      id: show.id,
      name: show.name,
      tone: show.tone,
      audience: show.audience,
      requiredPhrases: show.requiredPhrases,
      bannedPhrases: show.bannedPhrases,
      humilityMarkers: show.humilityMarkers,
      pronunciationLexicon: show.pronunciationLexicon as StageShow["pronunciationLexicon"],
      brandThreshold: show.brandThreshold,
      targetReadingGrade: show.targetReadingGrade,
      dimensionThreshold: show.dimensionThreshold,
      hosts: show.hosts.map((h) => ({ name: h.name, persona: h.persona, localVoice: h.localVoice, hostedVoice: h.hostedVoice })),
    },
    sources: episode.sources,
    outputs: Object.fromEntries(latest.map((s) => [s.stage as StageKey, s.output])),
  };
}
