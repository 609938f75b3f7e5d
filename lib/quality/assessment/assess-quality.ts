// The six-dimension quality assessment: each dimension a stated formula over measurements, overall a weighted mean.

import type { AudioCheckResult } from "@/lib/quality/audio/check-audio";
import type { SpeechQualityIndex } from "@/lib/quality/audio/speech-quality-index";
import { scoreAudioTechnical } from "./audio-technical";
import { scoreContentEngagement, type ContentMeasurements } from "./content-engagement";
import { scoreCostCompliance, type CostActuals } from "./cost-compliance";
import type { DimensionScore } from "./dimension";
import { scoreResearchAccuracy, type ResearchMeasurements } from "./research-accuracy";
import { scoreSpeechReadiness, type SpeechMeasurements } from "./speech-readiness";
import { COST_TARGETS, DIMENSION_THRESHOLD, OVERALL_TARGET, type CostTargets } from "@/lib/domain/targets";
import { score1 } from "./clamp";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import { combineContentJudge } from "./combine-content-judge";
import type { CheckedStatement } from "@/lib/quality/fact-check/checked-statement";
import type { VerdictOverride } from "@/lib/domain/effective-verdict";

export type DimensionKey =
  | "research-accuracy"
  | "content-engagement"
  | "brand-consistency"
  | "speech-readiness"
  | "audio-technical"
  | "cost-compliance";

export interface Dimension extends DimensionScore {
  key: DimensionKey;
  label: string;
  threshold: number;
  passed: boolean;
  weight: number;
}

export interface QualityAssessment {
  dimensions: Dimension[];
  overall: number;
  overallTarget: number;
  meetsTarget: boolean;
  /** Every dimension is at or above its threshold. */
  passed: boolean;
  /** The LLM content judge's rubric, or why it has none, when a hosted model was asked; absent offline. */
  contentJudge?: ContentJudgeResult;
  /** The script's checked statements behind research accuracy, each with its label and passage (absent offline of a script). */
  scriptFacts?: CheckedStatement[];
  /** Claims counted with an editor's verdict (or unsupported for an excluded source); absent when none. */
  verdictOverrides?: VerdictOverride[];
}

export interface QualityInputs {
  research: ResearchMeasurements;
  content: ContentMeasurements;
  /** The LLM content judge's answer (a hosted model configured); absent, content is the measured score alone. */
  contentJudge?: ContentJudgeResult;
  /** The brand validator's overall score, already 0-10. */
  brandOverall: number;
  speech: SpeechMeasurements;
  audio: AudioCheckResult;
  sqi: SpeechQualityIndex;
  cost: CostActuals;
  costTargets?: CostTargets;
  thresholds?: Partial<Record<DimensionKey, number>>;
  overallTarget?: number;
  /** The script fact check's statements, kept with the assessment so the editor sees which lines are not backed. */
  scriptFacts?: CheckedStatement[];
  verdictOverrides?: VerdictOverride[];
}

/** Research, content, brand and audio carry the episode; speech readiness and cost are guards. Sums to 1. */
export const DIMENSION_WEIGHTS: Record<DimensionKey, number> = {
  "research-accuracy": 0.2,
  "content-engagement": 0.2,
  "brand-consistency": 0.2,
  "speech-readiness": 0.1,
  "audio-technical": 0.2,
  "cost-compliance": 0.1,
};

export const DIMENSION_LABELS: Record<DimensionKey, string> = {
  "research-accuracy": "Research accuracy",
  "content-engagement": "Content & engagement",
  "brand-consistency": "Brand consistency",
  "speech-readiness": "Speech readiness",
  "audio-technical": "Audio technical",
  "cost-compliance": "Cost compliance",
};

export function assessQuality(inputs: QualityInputs): QualityAssessment {
  const thresholdOf = (key: DimensionKey) => inputs.thresholds?.[key] ?? DIMENSION_THRESHOLD;
  const scores: Record<DimensionKey, DimensionScore> = {
    "research-accuracy": scoreResearchAccuracy(inputs.research),
    "content-engagement": combineContentJudge(
      scoreContentEngagement(inputs.content),
      inputs.contentJudge,
      thresholdOf("content-engagement"),
    ),
    "brand-consistency": {
      score: score1(inputs.brandOverall),
      formula: "the brand validator's overall score (0-10)",
      inputs: { brandOverall: inputs.brandOverall },
    },
    "speech-readiness": scoreSpeechReadiness(inputs.speech),
    "audio-technical": scoreAudioTechnical(inputs.audio, inputs.sqi),
    "cost-compliance": scoreCostCompliance(inputs.cost, inputs.costTargets ?? COST_TARGETS),
  };
  const dimensions = (Object.keys(scores) as DimensionKey[]).map((key): Dimension => {
    const threshold = thresholdOf(key);
    const s = scores[key];
    return {
      key,
      label: DIMENSION_LABELS[key],
      ...s,
      threshold,
      passed: !s.notMeasured && s.score >= threshold,
      weight: DIMENSION_WEIGHTS[key],
    };
  });
  // A dimension nothing could measure is left out: the overall is renormalised over the weights of the others.
  const measured = dimensions.filter((d) => !d.notMeasured);
  const weight = measured.reduce((sum, d) => sum + d.weight, 0);
  const sum = measured.reduce((total, d) => total + d.weight * d.score, 0);
  const overall = score1(measured.length === dimensions.length ? sum : sum / (weight || 1));
  const overallTarget = inputs.overallTarget ?? OVERALL_TARGET;
  return {
    dimensions,
    overall,
    overallTarget,
    meetsTarget: overall >= overallTarget,
    passed: measured.every((d) => d.passed),
    ...(inputs.contentJudge ? { contentJudge: inputs.contentJudge } : {}),
    ...(inputs.scriptFacts ? { scriptFacts: inputs.scriptFacts } : {}),
    ...(inputs.verdictOverrides?.length ? { verdictOverrides: inputs.verdictOverrides } : {}),
  };
}
