import type { Script } from "@/lib/domain/script";
import type { LineGuidance } from "./line-comment";

// What a pipeline stage (and the scores it computes) knows of the episode, its show, its sources and its script.

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
  targetReadingGrade: number;
  hosts: { name: string; persona: string; localVoice: string; hostedVoice: string | null }[];
}

export interface StageSource {
  id: string;
  title: string;
  content: string;
}

/** A stored script version: the writer's, or an editor's edit of it. */
export interface StageScript {
  id: string;
  version: number;
  segments: Script["segments"];
  /** Texts of the lines an editor wrote or changed since the writer's last version (none when it is the writer's). */
  editorLines?: string[];
  /** The open line comments on this version: a rejection carries them to the writer, each for its lines. */
  comments?: (LineGuidance & { id: string })[];
}
