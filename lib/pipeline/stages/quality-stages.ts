import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDollars } from "@/lib/domain/money";
import type { StageModule } from "../types";
import { certificationInput, brandOf, qualityInputs } from "../quality-inputs";
import { assessQuality, type QualityAssessment } from "@/lib/quality/assessment/assess-quality";
import { certifyProduction, type Certification } from "@/lib/quality/assessment/certify";
import { scoreCostCompliance } from "@/lib/quality/assessment/cost-compliance";
import type { DimensionScore } from "@/lib/quality/assessment/dimension";
import { contentJudgeResultSchema } from "@/lib/domain/content-judgement";
import { checkedStatementsSchema } from "@/lib/quality/fact-check/checked-statement";
import { verdictOverrideSchema } from "@/lib/domain/effective-verdict";

/** Every quality gate reports a 0-10 score, whether it passed, and why, in words an editor can act on. */
export interface QaOutput {
  score: number;
  passed: boolean;
  detail: string;
}

/** Every quality gate's output has these three fields; the function reads `passed` to decide the final gate. */
const qaOutputShape = { score: z.number(), passed: z.boolean(), detail: z.string() };

const dimensionScoreSchema = z.object({
  score: z.number(),
  formula: z.string(),
  inputs: z.record(z.string(), z.number().nullable()),
  notMeasured: z.string().optional(),
});

export interface CostComplianceOutput extends QaOutput {
  dimension: DimensionScore;
  /** Dollars as numbers: the stored output is shown, never added up (the checks compare Decimals). */
  actuals: { research: number; content: number; audio: number; total: number; budget: number };
  targets: { research: number; content: number; audio: number; episode: number };
  /** Stages over their cost target: a drift to watch, not a failure unless the budget is passed. */
  overTarget: string[];
}

const costComplianceOutputSchema: z.ZodType<CostComplianceOutput> = z.object({
  ...qaOutputShape,
  dimension: dimensionScoreSchema,
  actuals: z.object({
    research: z.number(),
    content: z.number(),
    audio: z.number(),
    total: z.number(),
    budget: z.number(),
  }),
  targets: z.object({ research: z.number(), content: z.number(), audio: z.number(), episode: z.number() }),
  overTarget: z.array(z.string()),
});

export const qaCostCompliance: StageModule<"qa-cost-compliance", CostComplianceOutput> = {
  key: "qa-cost-compliance",
  input: [],
  output: costComplianceOutputSchema,
  async run(ctx) {
    const { costs: c, costTargets: t } = ctx;
    const dimension = scoreCostCompliance(c, t);
    const overTarget = (["research", "content", "audio"] as const).filter((p) => c[p].greaterThan(t[p]));
    const passed = dimension.score >= ctx.show.dimensionThreshold && c.total.lessThanOrEqualTo(c.budget);
    return {
      score: dimension.score,
      passed,
      detail:
        `$${c.total.toFixed(2)} of the $${c.budget.toFixed(2)} budget` +
        (overTarget.length ? `; over target: ${overTarget.join(", ")}.` : "; every stage within its target."),
      dimension,
      actuals: toDollars({ ...c }),
      targets: toDollars({ ...t }),
      overTarget,
    };
  },
};

export interface QualityAssessmentOutput extends QaOutput {
  assessment: QualityAssessment;
}

const qualityAssessmentOutputSchema: z.ZodType<QualityAssessmentOutput> = z.object({
  ...qaOutputShape,
  assessment: z.object({
    dimensions: z.array(
      dimensionScoreSchema.extend({
        key: z.enum([
          "research-accuracy",
          "content-engagement",
          "brand-consistency",
          "speech-readiness",
          "audio-technical",
          "cost-compliance",
        ]),
        label: z.string(),
        threshold: z.number(),
        passed: z.boolean(),
        weight: z.number(),
      }),
    ),
    overall: z.number(),
    overallTarget: z.number(),
    meetsTarget: z.boolean(),
    passed: z.boolean(),
    contentJudge: contentJudgeResultSchema.optional(),
    scriptFacts: checkedStatementsSchema.optional(),
    verdictOverrides: z.array(verdictOverrideSchema).optional(),
  }),
});

/** Everything the quality gates read from the earlier stages (see quality-inputs.ts). */
const QUALITY_INPUT = [
  "research-validation",
  "research-synthesis",
  "episode-planner",
  "brand-validator",
  "content-judge",
  "tts-optimizer",
  "audio-validator",
] as const;

export const qaQualityAssessment: StageModule<"qa-quality-assessment", QualityAssessmentOutput> = {
  key: "qa-quality-assessment",
  input: QUALITY_INPUT,
  output: qualityAssessmentOutputSchema,
  async run(ctx) {
    const assessment = assessQuality(qualityInputs(ctx));
    const failed = assessment.dimensions.filter((d) => !d.passed && !d.notMeasured);
    const unmeasured = assessment.dimensions.filter((d) => d.notMeasured);
    return {
      score: assessment.overall,
      passed: assessment.passed,
      detail: failed.length
        ? `Below ${ctx.show.dimensionThreshold.toFixed(1)}: ${failed.map((d) => `${d.label} ${d.score.toFixed(1)}`).join(", ")}.`
        : unmeasured.length
          ? `Every measured dimension at or above ${ctx.show.dimensionThreshold.toFixed(1)}; not measured: ${unmeasured.map((d) => `${d.label} (${d.notMeasured})`).join(", ")}; overall ${assessment.overall.toFixed(1)} (target ${assessment.overallTarget.toFixed(1)}).`
          : `All six dimensions at or above ${ctx.show.dimensionThreshold.toFixed(1)}; overall ${assessment.overall.toFixed(1)} (target ${assessment.overallTarget.toFixed(1)}).`,
      assessment,
    };
  },
  async persist(tx, { episodeId, pipelineRunId }, { assessment }) {
    const dimension = (key: string) => assessment.dimensions.find((d) => d.key === key)!;
    const score = (key: string) => dimension(key).score;
    // A dimension that measured nothing is stored empty, so no average over the column counts it as a zero.
    const research = dimension("research-accuracy");
    await tx.qualityAssessment.create({
      data: {
        episodeId,
        pipelineRunId,
        researchAccuracy: research.notMeasured ? null : research.score,
        contentEngagement: score("content-engagement"),
        brandConsistency: score("brand-consistency"),
        speechReadiness: score("speech-readiness"),
        audioTechnical: score("audio-technical"),
        costCompliance: score("cost-compliance"),
        overall: assessment.overall,
        passed: assessment.passed,
        details: assessment as unknown as Prisma.InputJsonValue,
      },
    });
    await tx.episode.update({ where: { id: episodeId }, data: { qualityScore: assessment.overall } });
  },
};

export interface BrandConsistencyOutput extends QaOutput {
  scriptVersion: number;
  violations: number;
}

/** The brand score must be for the script that is going out: an edit after scoring is caught here. */
export const qaBrandConsistency: StageModule<"qa-brand-consistency", BrandConsistencyOutput> = {
  key: "qa-brand-consistency",
  input: ["brand-validator"],
  output: z.object({ ...qaOutputShape, scriptVersion: z.number(), violations: z.number() }),
  async run(ctx) {
    const brand = brandOf(ctx);
    const current = ctx.script?.id === brand.scriptVersionId;
    const passed = current && brand.passed;
    return {
      score: brand.overall,
      passed,
      detail: !current
        ? `The brand score is for script version ${brand.scriptVersion}, not the version going out (${ctx.script?.version ?? "none"}): score it again.`
        : `${brand.overall.toFixed(1)} against ${brand.threshold.toFixed(1)}, every dimension against ${ctx.show.dimensionThreshold.toFixed(1)}; ${brand.violations.length} violation(s).`,
      scriptVersion: brand.scriptVersion,
      violations: brand.violations.length,
    };
  },
};

export interface ReadinessOutput extends QaOutput {
  certification: Certification;
}

/** The certification as it stands before the final gate: everything but that decision must already pass. */
const readinessOutputSchema: z.ZodType<ReadinessOutput> = z.object({
  ...qaOutputShape,
  certification: z.object({
    certified: z.boolean(),
    verdict: z.string(),
    sections: z.array(
      z.object({
        title: z.string(),
        items: z.array(
          z.object({ label: z.string(), value: z.string(), threshold: z.string(), passed: z.boolean().nullable() }),
        ),
      }),
    ),
    blockers: z.array(z.string()),
    warnings: z.array(z.string()),
  }),
});

export const qaProductionReadiness: StageModule<"qa-production-readiness", ReadinessOutput> = {
  key: "qa-production-readiness",
  input: QUALITY_INPUT,
  output: readinessOutputSchema,
  async run(ctx) {
    const certification = certifyProduction(certificationInput(ctx, false));
    return {
      score: certification.certified ? 10 : Math.max(0, 10 - 2 * certification.blockers.length),
      passed: certification.certified,
      detail: certification.certified
        ? `Ready for the final gate${certification.warnings.length ? ` (${certification.warnings.length} warning(s))` : ""}.`
        : certification.blockers.join(" "),
      certification,
    };
  },
};
