import type { StageShow } from "@/lib/domain/stage-inputs";

/** A show row with its hosts in order, as the database or the demo seed has it. */
export interface ShowWithHosts extends Omit<StageShow, "pronunciationLexicon" | "hosts"> {
  /** Stored as JSON: `[{ term, say }]`. */
  pronunciationLexicon: unknown;
  hosts: readonly { name: string; persona: string; localVoice: string; hostedVoice: string | null }[];
}

/** What the pipeline's stages and scores know of a show: its brand profile and hosts, nothing else of the row. */
export function toStageShow(show: ShowWithHosts): StageShow {
  return {
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
    hosts: show.hosts.map((h) => ({
      name: h.name,
      persona: h.persona,
      localVoice: h.localVoice,
      hostedVoice: h.hostedVoice,
    })),
  };
}
