import type { Brief } from "@/lib/domain/research";
import type { EpisodePlan } from "@/lib/domain/episode-plan";
import type { JudgeClaimsOutput } from "@/lib/providers/writer/schemas";
import { assessQuality, type QualityInputs } from "@/lib/quality/assessment/assess-quality";
import type { CertificationInput } from "@/lib/quality/assessment/certify";
import { measureScript } from "@/lib/quality/assessment/measure-script";
import type { StageContext } from "./types";
import type { AudioValidationOutput } from "./stages/audio-validator";
import type { BrandOutput } from "./stages/brand-validator";
import type { SpeechScriptOutput } from "./stages/tts-optimizer";

/** An earlier stage's output a quality gate cannot do without. */
function required<T>(ctx: Pick<StageContext, "outputs">, stage: keyof StageContext["outputs"]): T {
  const output = ctx.outputs[stage];
  if (output === undefined || output === null) throw new Error(`The quality gates need the ${stage} stage's result, and it has none.`);
  return output as T;
}

export const brandOf = (ctx: Pick<StageContext, "outputs">) => required<BrandOutput>(ctx, "brand-validator");

/** Everything the six-dimension assessment measures, read from the stages' stored results. */
export function qualityInputs(ctx: Pick<StageContext, "outputs" | "episode" | "show" | "costs" | "costTargets">, brand: BrandOutput = brandOf(ctx)): QualityInputs {
  const judged = required<JudgeClaimsOutput>(ctx, "research-validation").judgements;
  const brief = required<Brief>(ctx, "research-synthesis");
  const plan = required<EpisodePlan>(ctx, "episode-planner");
  const speech = required<SpeechScriptOutput>(ctx, "tts-optimizer");
  const audio = required<AudioValidationOutput>(ctx, "audio-validator");
  const spoken = measureScript(speech.lines.map((l) => ({ speaker: l.speaker, text: l.spokenText })));
  return {
    research: {
      claimsSupported: judged.filter((j) => j.verdict === "SUPPORTED").length,
      claimsUnsupported: judged.filter((j) => j.verdict === "UNSUPPORTED").length,
      claimsContradicted: judged.filter((j) => j.verdict === "CONTRADICTED").length,
      keyPoints: brief.keyPoints.length,
      keyPointsWithCitations: brief.keyPoints.filter((k) => k.sourceIds.length > 0 && k.claimIndexes.length > 0).length,
    },
    content: {
      plannedDurationSec: plan.segments.reduce((n, s) => n + s.targetSeconds, 0),
      // The measured length of the audio, not an estimate from words.
      scriptDurationSec: audio.measurements.durationSec ?? 0,
      segments: plan.segments.length,
      turns: spoken.turns,
      questions: spoken.questions,
      signposts: spoken.signposts,
      speakerWords: spoken.speakerWords,
      repeatedLines: spoken.repeatedLines,
    },
    brandOverall: brand.overall,
    speech: spoken,
    audio,
    sqi: audio.sqi,
    cost: ctx.costs,
    costTargets: ctx.costTargets,
    thresholds: Object.fromEntries(
      (["research-accuracy", "content-engagement", "brand-consistency", "speech-readiness", "audio-technical", "cost-compliance"] as const).map((k) => [k, ctx.show.dimensionThreshold]),
    ),
  };
}

/** The audio validator's MOS, when a MOS model scored the master (results stored before MOS existed have none). */
export function mosOf(ctx: Pick<StageContext, "outputs">): CertificationInput["mos"] {
  const mos = required<AudioValidationOutput>(ctx, "audio-validator").mos;
  return mos ? { score: mos.score, model: mos.model } : null;
}

/** The certification's input: the assessment, every measurement behind it, the gates and the costs. */
export function certificationInput(
  ctx: Pick<StageContext, "outputs" | "episode" | "show" | "costs" | "costTargets" | "gates" | "providers">,
  finalGateRequired: boolean,
): CertificationInput & { inputs: QualityInputs } {
  const brand = brandOf(ctx);
  const inputs = qualityInputs(ctx, brand);
  return {
    inputs,
    episodeTitle: ctx.episode.title,
    assessment: assessQuality(inputs),
    brand: { overall: brand.overall, threshold: ctx.show.brandThreshold },
    audio: inputs.audio,
    sqi: inputs.sqi,
    transcription: ctx.providers.transcriber.available ? "configured" : "unavailable",
    // Only a configured MOS model's score is MOS; without one the certification says it is not reported.
    mos: mosOf(ctx),
    gates: ctx.gates,
    finalGateRequired,
    cost: ctx.costs,
    costTargets: ctx.costTargets,
  };
}
