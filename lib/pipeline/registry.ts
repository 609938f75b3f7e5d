import type { z } from "zod";
import type { StageKey } from "@/lib/domain/stages";
import type { StageModule } from "./types";
import { researchDiscovery } from "./stages/research-discovery";
import { researchDeepDive } from "./stages/research-deep-dive";
import { researchValidation } from "./stages/research-validation";
import { researchSynthesis } from "./stages/research-synthesis";
import { episodePlanner } from "./stages/episode-planner";
import { scriptWriter } from "./stages/script-writer";
import { brandValidator } from "./stages/brand-validator";
import { contentJudge } from "./stages/content-judge";
import { ttsOptimizer } from "./stages/tts-optimizer";
import { audioSynthesizer } from "./stages/audio-synthesizer";
import { audioValidator } from "./stages/audio-validator";
import {
  qaBrandConsistency,
  qaCostCompliance,
  qaProductionReadiness,
  qaQualityAssessment,
} from "./stages/quality-stages";

const stages = {
  "research-discovery": researchDiscovery,
  "research-deep-dive": researchDeepDive,
  "research-validation": researchValidation,
  "research-synthesis": researchSynthesis,
  "episode-planner": episodePlanner,
  "script-writer": scriptWriter,
  "brand-validator": brandValidator,
  "content-judge": contentJudge,
  "tts-optimizer": ttsOptimizer,
  "audio-synthesizer": audioSynthesizer,
  "audio-validator": audioValidator,
  "qa-cost-compliance": qaCostCompliance,
  "qa-quality-assessment": qaQualityAssessment,
  "qa-brand-consistency": qaBrandConsistency,
  "qa-production-readiness": qaProductionReadiness,
};

/** What each stage returns, as its module's output schema declares it. */
export type StageOutputs = { [K in StageKey]: z.output<(typeof stages)[K]["output"]> };

/** One module for every stage key, each registered under its own key. */
export type StageRegistry = { [K in StageKey]: StageModule<K, StageOutputs[K]> };

export const defaultStages: StageRegistry = stages;
