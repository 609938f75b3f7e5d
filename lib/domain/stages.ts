import { z } from "zod";

export const PHASES = ["research", "content", "audio", "quality"] as const;
export type Phase = (typeof PHASES)[number];

/** Every stage of the pipeline, in the order it runs (the quality stages run in parallel with each other). */
export const STAGES = [
  { key: "research-discovery", phase: "research", label: "Discovery" },
  { key: "research-deep-dive", phase: "research", label: "Deep dive" },
  { key: "research-validation", phase: "research", label: "Claim validation" },
  { key: "research-synthesis", phase: "research", label: "Synthesis" },
  { key: "episode-planner", phase: "content", label: "Episode plan" },
  { key: "script-writer", phase: "content", label: "Script" },
  { key: "brand-validator", phase: "content", label: "Brand score" },
  { key: "content-judge", phase: "content", label: "Content judge" },
  { key: "tts-optimizer", phase: "audio", label: "Speech optimisation" },
  { key: "audio-synthesizer", phase: "audio", label: "Audio synthesis" },
  { key: "audio-validator", phase: "audio", label: "Audio validation" },
  { key: "qa-cost-compliance", phase: "quality", label: "Cost compliance" },
  { key: "qa-quality-assessment", phase: "quality", label: "Quality assessment" },
  { key: "qa-brand-consistency", phase: "quality", label: "Brand consistency" },
  { key: "qa-production-readiness", phase: "quality", label: "Production readiness" },
] as const satisfies readonly { key: string; phase: Phase; label: string }[];

export type StageKey = (typeof STAGES)[number]["key"];
export const STAGE_KEYS = STAGES.map((s) => s.key) as [StageKey, ...StageKey[]];
export const stageKeySchema = z.enum(STAGE_KEYS);

type QaStage = Extract<(typeof STAGES)[number], { phase: "quality" }>;
export const QA_STAGES = STAGES.filter((s): s is QaStage => s.phase === "quality").map((s) => s.key);

// The order a run takes: the research and the plan once; the script written, then scored (again for each
// revision); the content judge once, on the approved script; the audio; then the quality gates, in parallel with each other. Together, every stage once, as in STAGES.
export const RESEARCH_SEQUENCE = [
  "research-discovery",
  "research-deep-dive",
  "research-validation",
  "research-synthesis",
  "episode-planner",
] as const satisfies readonly StageKey[];
export const SCRIPT_STAGE = "script-writer" satisfies StageKey;
export const SCORE_STAGE = "brand-validator" satisfies StageKey;
export const JUDGE_STAGE = "content-judge" satisfies StageKey;
export const AUDIO_SEQUENCE = [
  "tts-optimizer",
  "audio-synthesizer",
  "audio-validator",
] as const satisfies readonly StageKey[];

export function stageInfo(key: StageKey) {
  return STAGES.find((s) => s.key === key)!;
}
