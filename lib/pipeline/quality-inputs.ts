import type { StageKey } from "@/lib/domain/stages";
import { assessQuality, type QualityInputs } from "@/lib/quality/assessment/assess-quality";
import type { CertificationInput } from "@/lib/quality/assessment/certify";
import { measureScript } from "@/lib/quality/assessment/measure-script";
import { checkScriptFacts } from "@/lib/quality/fact-check/check-script-facts";
import { toCheckedStatements } from "@/lib/quality/fact-check/checked-statement";
import { measureSubstance } from "@/lib/quality/assessment/content/measure-substance";
import { scriptLines } from "@/lib/domain/script-lines";
import type { StageContext } from "./types";
import type { BrandOutput } from "./stages/brand-validator";
import type { ContentJudgeResult } from "@/lib/domain/content-judgement";
import { requireOutput } from "./require-output";
import { plannedSeconds } from "./stages/audio-synthesizer";
import { applyVerdictOverrides } from "@/lib/domain/effective-verdict";

/** An earlier stage's output a quality gate cannot do without. */
const required = <K extends StageKey>(ctx: Pick<StageContext, "outputs">, stage: K) =>
  requireOutput(ctx, stage, "The quality gates");

export const brandOf = (ctx: Pick<StageContext, "outputs">) => required(ctx, "brand-validator");

/**
 * The content judge's answer on the script going out: its own stage's, or (rows stored before it had one) the brand
 * score's. An answer on another version (an edit after the judge) is not passed off as this one's.
 */
export function contentJudgeOf(
  ctx: Pick<StageContext, "outputs" | "script">,
  brand: BrandOutput,
): ContentJudgeResult | undefined {
  const judged =
    ctx.outputs["content-judge"] ?? (brand.contentJudge ? { ...brand, contentJudge: brand.contentJudge } : null);
  if (!judged?.contentJudge) return undefined;
  if (!ctx.script || judged.scriptVersionId === ctx.script.id) return judged.contentJudge;
  return {
    status: "failed",
    reason: `The content judge read script version ${judged.scriptVersion}, not the version going out (${ctx.script.version}).`,
  };
}

/**
 * The key points that cite a source still in use and rest on claims: a point whose every source an editor excluded
 * cites nothing any more.
 */
export function countCitedKeyPoints(
  keyPoints: readonly { sourceIds: readonly string[]; claimIndexes: readonly number[] }[],
  excludedSourceIds: readonly string[] = [],
): number {
  return keyPoints.filter((k) => k.claimIndexes.length > 0 && k.sourceIds.some((id) => !excludedSourceIds.includes(id)))
    .length;
}

/** Everything the six-dimension assessment measures, read from the stages' stored results. */
export function qualityInputs(
  ctx: Pick<
    StageContext,
    | "outputs"
    | "episode"
    | "show"
    | "costs"
    | "costTargets"
    | "script"
    | "sources"
    | "verdictOverrides"
    | "excludedSourceIds"
  >,
  brand: BrandOutput = brandOf(ctx),
): QualityInputs {
  // An episode started from a supplied script has no research, brief or plan (none of the three ran): research
  // accuracy then rests on the script's statements alone, coverage of a brief is not measured, and the plan's length
  // is the script's own.
  const researched = !(
    !ctx.outputs["research-validation"] &&
    !ctx.outputs["research-synthesis"] &&
    !ctx.outputs["episode-planner"]
  );
  // The effective verdicts: an editor's override or an excluded source in place of the checker's.
  const overrides = ctx.verdictOverrides ?? [];
  const judged = researched ? applyVerdictOverrides(required(ctx, "research-validation").judgements, overrides) : [];
  const contentJudge = contentJudgeOf(ctx, brand);
  const keyPoints = researched ? required(ctx, "research-synthesis").keyPoints : [];
  if (researched) required(ctx, "episode-planner");
  const plannedDurationSec = plannedSeconds(ctx);
  const speech = required(ctx, "tts-optimizer");
  const audio = required(ctx, "audio-validator");
  // Every factual line of the script going out (after edits and rewrites), checked against the sources.
  const facts = ctx.script
    ? checkScriptFacts(
        ctx.script,
        ctx.sources.map((s) => ({ sourceId: s.id, text: s.content })),
        { showName: ctx.show.name },
      )
    : null;
  const spokenLines = speech.lines.map((l) => ({ speaker: l.speaker, text: l.spokenText }));
  const spoken = measureScript(spokenLines);
  const durationSec = audio.measurements.durationSec ?? 0;
  // Substance is read from the written script (its numbers as digits, as the brief has them), else from the speech.
  const substance = measureSubstance({
    lines: ctx.script ? scriptLines(ctx.script) : spokenLines,
    keyPoints: keyPoints.map((k) => k.text),
    sources: ctx.sources.map((s) => s.content),
    topic: ctx.episode.topic,
    audience: ctx.show.audience,
    spokenSeconds: durationSec || undefined,
  });
  return {
    research: {
      claimsSupported: judged.filter((j) => j.verdict === "SUPPORTED").length,
      claimsUnsupported: judged.filter((j) => j.verdict === "UNSUPPORTED").length,
      claimsContradicted: judged.filter((j) => j.verdict === "CONTRADICTED").length,
      keyPoints: keyPoints.length,
      keyPointsWithCitations: countCitedKeyPoints(keyPoints, ctx.excludedSourceIds),
      ...(facts ? { scriptFacts: facts.counts } : {}),
      ...(researched ? {} : { researched: false }),
      ...(overrides.length
        ? {
            verdictsOverridden: overrides.filter((o) => o.cause === "editor").length,
            claimsOfExcludedSources: overrides.filter((o) => o.cause === "source-excluded").length,
          }
        : {}),
    },
    content: {
      plannedDurationSec,
      // The measured length of the audio, not an estimate from words.
      scriptDurationSec: durationSec,
      turns: spoken.turns,
      questions: spoken.questions,
      speakerWords: spoken.speakerWords,
      substance,
      ...(researched ? {} : { briefed: false }),
    },
    ...(contentJudge ? { contentJudge } : {}),
    ...(facts
      ? { scriptFacts: toCheckedStatements(facts.facts, (id) => ctx.sources.find((s) => s.id === id)?.title) }
      : {}),
    ...(overrides.length ? { verdictOverrides: overrides } : {}),
    brandOverall: brand.overall,
    speech: spoken,
    audio,
    sqi: audio.sqi,
    cost: ctx.costs,
    costTargets: ctx.costTargets,
    thresholds: Object.fromEntries(
      (
        [
          "research-accuracy",
          "content-engagement",
          "brand-consistency",
          "speech-readiness",
          "audio-technical",
          "cost-compliance",
        ] as const
      ).map((k) => [k, ctx.show.dimensionThreshold]),
    ),
  };
}

/** The audio validator's MOS, when a MOS model scored the master (results stored before MOS existed have none). */
export function mosOf(ctx: Pick<StageContext, "outputs">): CertificationInput["mos"] {
  const mos = required(ctx, "audio-validator").mos;
  return mos ? { score: mos.score, model: mos.model } : null;
}

/** The certification's input: the assessment, every measurement behind it, the gates and the costs. */
export function certificationInput(
  ctx: Pick<
    StageContext,
    | "outputs"
    | "episode"
    | "show"
    | "costs"
    | "costTargets"
    | "gates"
    | "providers"
    | "script"
    | "sources"
    | "verdictOverrides"
    | "excludedSourceIds"
  >,
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
