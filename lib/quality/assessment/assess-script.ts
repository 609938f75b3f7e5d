// A script's quality without audio: the brand check, the script-level fact check and the four quality dimensions that
// read only the script, with an overall renormalised over them.

import type { Script } from "@/lib/domain/script";
import type { StageShow } from "@/lib/domain/stage-inputs";
import { scriptLines } from "@/lib/domain/script-lines";
import { scoreBrand } from "@/lib/quality/brand/score-brand";
import type { BrandScore } from "@/lib/quality/brand/types";
import { checkScriptFacts, type ScriptFactCheck } from "@/lib/quality/fact-check/check-script-facts";
import type { SourceText } from "@/lib/quality/fact-check/label-claim";
import { DIMENSION_LABELS, DIMENSION_WEIGHTS, type Dimension, type DimensionKey } from "./assess-quality";
import { scoreBrandConsistency } from "./brand-consistency";
import { score1 } from "./clamp";
import { scoreContentEngagement } from "./content-engagement";
import { measureSubstance } from "./content/measure-substance";
import type { DimensionScore } from "./dimension";
import { measureScript, type ScriptLine } from "./measure-script";
import { scoreResearchAccuracy, type ResearchMeasurements } from "./research-accuracy";
import { scoreSpeechReadiness } from "./speech-readiness";

/** The dimensions that read only the script; the others need produced audio. */
export const SCRIPT_DIMENSIONS = [
  "research-accuracy",
  "content-engagement",
  "brand-consistency",
  "speech-readiness",
] as const satisfies readonly DimensionKey[];

export const LEFT_OUT: { key: DimensionKey; label: string; weight: number; why: string }[] = [
  {
    key: "audio-technical",
    label: DIMENSION_LABELS["audio-technical"],
    weight: DIMENSION_WEIGHTS["audio-technical"],
    why: "needs the mastered audio (loudness, peaks, the speech quality index)",
  },
  {
    key: "cost-compliance",
    label: DIMENSION_LABELS["cost-compliance"],
    weight: DIMENSION_WEIGHTS["cost-compliance"],
    why: "needs the production's spending",
  },
];

const SCRIPT_WEIGHT = SCRIPT_DIMENSIONS.reduce((sum, k) => sum + DIMENSION_WEIGHTS[k], 0);

export const SCRIPT_OVERALL_FORMULA =
  SCRIPT_DIMENSIONS.map((k) => `${DIMENSION_WEIGHTS[k]} × ${DIMENSION_LABELS[k].toLowerCase()}`).join(" + ") +
  `, divided by ${Math.round(SCRIPT_WEIGHT * 100) / 100} (the weights of the dimensions measured, so the overall ` +
  "stays on the 0-10 scale the episode's overall uses)";

export interface ScriptAssessmentInput {
  script: Script;
  show: StageShow;
  topic: string;
  sources: readonly SourceText[];
  /** The brief's key points the script should cover. */
  keyPoints: readonly string[];
  /** The research claims as judged, and the brief's citations: the research half of research accuracy. */
  research: Omit<ResearchMeasurements, "scriptFacts">;
  /** The lines as the speech engine would get them (`optimizeForSpeech`), line for line with the script. */
  spokenLines: readonly ScriptLine[];
  /** The planned length; defaults to the script's own spoken length. */
  plannedMinutes?: number;
}

export interface ScriptAssessment {
  brand: BrandScore;
  facts: ScriptFactCheck;
  dimensions: Dimension[];
  leftOut: typeof LEFT_OUT;
  overall: number;
  overallFormula: string;
  /** Words / the spoken pace (`WORDS_PER_MINUTE`): what the script would run without audio to measure. */
  spokenMinutes: number;
  plannedMinutes: number;
}

/** Scores a script as the pipeline's quality stage would, on the dimensions a script alone can show. */
export function assessScript(input: ScriptAssessmentInput): ScriptAssessment {
  const brand = scoreBrand(input.script, input.show);
  const facts = checkScriptFacts(input.script, input.sources, { showName: input.show.name });
  const substance = measureSubstance({
    lines: scriptLines(input.script),
    keyPoints: input.keyPoints,
    sources: input.sources.map((s) => s.text),
    topic: input.topic,
    audience: input.show.audience,
  });
  const spoken = measureScript([...input.spokenLines]);
  const plannedMinutes = input.plannedMinutes ?? substance.spokenMinutes;
  const scores: Record<(typeof SCRIPT_DIMENSIONS)[number], DimensionScore> = {
    "research-accuracy": scoreResearchAccuracy({ ...input.research, scriptFacts: facts.counts }),
    "content-engagement": scoreContentEngagement({
      plannedDurationSec: plannedMinutes * 60,
      scriptDurationSec: substance.spokenMinutes * 60,
      turns: spoken.turns,
      questions: spoken.questions,
      speakerWords: spoken.speakerWords,
      substance,
    }),
    "brand-consistency": scoreBrandConsistency(brand.overall),
    "speech-readiness": scoreSpeechReadiness(spoken),
  };
  const dimensions = SCRIPT_DIMENSIONS.map((key): Dimension => {
    const s = scores[key];
    return {
      key,
      label: DIMENSION_LABELS[key],
      ...s,
      threshold: input.show.dimensionThreshold,
      passed: s.score >= input.show.dimensionThreshold,
      weight: DIMENSION_WEIGHTS[key],
    };
  });
  return {
    brand,
    facts,
    dimensions,
    leftOut: LEFT_OUT,
    overall: score1(dimensions.reduce((sum, d) => sum + d.weight * d.score, 0) / SCRIPT_WEIGHT),
    overallFormula: SCRIPT_OVERALL_FORMULA,
    spokenMinutes: substance.spokenMinutes,
    plannedMinutes,
  };
}
