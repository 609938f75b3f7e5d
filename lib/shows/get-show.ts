import "server-only";
import type { Db } from "@/lib/db";
import { LOCAL_VOICE_KEYS, type ShowProfile } from "./schemas";

export interface ShowDetail extends ShowProfile {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  episodeCount: number;
}

type LocalVoice = (typeof LOCAL_VOICE_KEYS)[number];

/**
 * Hosts stored before voices were neutral names ("festival:cmu_us_slt_arctic_hts") map to the neutral voice they
 * contain, the way the speech engines resolve them; anything unknown falls back to the first voice.
 */
export function neutralVoice(localVoice: string): LocalVoice {
  const wanted = localVoice.toLowerCase();
  return (
    LOCAL_VOICE_KEYS.find((k) => k === wanted) ??
    LOCAL_VOICE_KEYS.find((k) => wanted.includes(k)) ??
    LOCAL_VOICE_KEYS[0]
  );
}

/** A show's brand profile in the shape the form and the API use, or null when there is no such show. */
export async function getShow(db: Db, id: string): Promise<ShowDetail | null> {
  const show = await db.show.findUnique({
    where: { id },
    include: { hosts: { orderBy: { position: "asc" } }, _count: { select: { episodes: true } } },
  });
  if (!show) return null;
  const lexicon = Array.isArray(show.pronunciationLexicon)
    ? (show.pronunciationLexicon as { term?: unknown; say?: unknown }[])
    : [];
  return {
    id: show.id,
    name: show.name,
    slug: show.slug,
    description: show.description,
    tone: show.tone,
    audience: show.audience,
    structureNotes: show.structureNotes,
    targetReadingGrade: show.targetReadingGrade,
    requiredPhrases: show.requiredPhrases,
    bannedPhrases: show.bannedPhrases,
    humilityMarkers: show.humilityMarkers,
    pronunciationLexicon: lexicon.map((r) => ({ term: String(r?.term ?? ""), say: String(r?.say ?? "") })),
    hosts: show.hosts.map((h) => ({
      name: h.name,
      persona: h.persona,
      localVoice: neutralVoice(h.localVoice),
      hostedVoice: h.hostedVoice,
    })),
    brandThreshold: show.brandThreshold,
    dimensionThreshold: show.dimensionThreshold,
    qualityTarget: show.qualityTarget,
    autoApprove: show.autoApprove,
    createdAt: show.createdAt,
    updatedAt: show.updatedAt,
    episodeCount: show._count.episodes,
  };
}
