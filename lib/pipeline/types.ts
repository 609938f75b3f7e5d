import type { StageKey } from "@/lib/domain/stages";
import type { Tier } from "@/lib/domain/budget";
import type { Meter } from "@/lib/costs/meter";

export interface StageEpisode {
  id: string;
  title: string;
  topic: string;
  complexity: "LOW" | "MEDIUM" | "HIGH";
  format: "SOLO" | "TWO_HOSTS" | "INTERVIEW" | "PANEL";
  speakerCount: number;
  targetMinutes: number;
}

export interface StageShow {
  id: string;
  name: string;
  tone: string;
  audience: string;
  requiredPhrases: string[];
  bannedPhrases: string[];
  humilityMarkers: string[];
  pronunciationLexicon: { term: string; say: string }[];
  brandThreshold: number;
  dimensionThreshold: number;
  hosts: { name: string; persona: string; localVoice: string; hostedVoice: string | null }[];
}

export interface StageSource {
  id: string;
  title: string;
  content: string;
}

/** Everything a stage may read. Stages do no I/O of their own beyond the ports they are given. */
export interface StageContext {
  episode: StageEpisode;
  show: StageShow;
  sources: StageSource[];
  /** Latest outputs of the stages that ran before this one in the current run. */
  outputs: Partial<Record<StageKey, unknown>>;
  /** An editor's or a quality check's feedback for this iteration. */
  guidance: string | null;
  tier: Tier;
  meter: Meter;
}

export interface StageModule<O = unknown> {
  key: StageKey;
  run(ctx: StageContext): Promise<O>;
}
