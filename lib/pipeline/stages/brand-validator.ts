import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageContext, StageModule } from "../types";
import type { StageScript } from "@/lib/domain/stage-inputs";
import type { BrandScore } from "@/lib/quality/brand/types";
import { BRAND_DIMENSIONS } from "@/lib/domain/brand-dimensions";
import { scoreBrand } from "@/lib/quality/brand/score-brand";
import { callWriter, writerContext } from "../call-writer";
import { contentJudgeResultSchema, type ContentJudgeResult } from "@/lib/domain/content-judgement";

export type BrandOutput = BrandScore & {
  scriptVersionId: string;
  scriptVersion: number;
  /** Rows stored before the content judge had a stage of its own carry its answer here (read by older episodes). */
  contentJudge?: ContentJudgeResult;
};

const brandDimension = z.enum(BRAND_DIMENSIONS);

export const brandOutputSchema: z.ZodType<BrandOutput> = z.object({
  dimensions: z.array(
    z.object({
      key: brandDimension,
      score: z.number(),
      weight: z.number(),
      threshold: z.number(),
      passed: z.boolean(),
      formula: z.string(),
      inputs: z.record(z.string(), z.number()),
    }),
  ),
  overall: z.number(),
  threshold: z.number(),
  passed: z.boolean(),
  violations: z.array(
    z.object({
      line: z.number(),
      segment: z.number(),
      start: z.number(),
      end: z.number(),
      rule: z.string(),
      text: z.string(),
      dimension: brandDimension,
    }),
  ),
  method: z.enum(["rules", "rules+llm-judge"]),
  scriptVersionId: z.string(),
  scriptVersion: z.number(),
  contentJudge: contentJudgeResultSchema.optional(),
});

export function requireScript(ctx: StageContext): StageScript {
  if (!ctx.script) throw new Error("The episode has no script yet: the script writer must run first.");
  return ctx.script;
}

/**
 * The latest script version against the show's brand profile; the hosted writer's judge is blended in when it has one.
 * Its one paid call is the brand judge: a retry of this step pays for nothing else (the content judge has its stage).
 */
export const brandValidator: StageModule<"brand-validator", BrandOutput> = {
  key: "brand-validator",
  input: [],
  output: brandOutputSchema,
  async run(ctx) {
    const script = requireScript(ctx);
    const judge = await callWriter(ctx, "judgeBrand", { ...writerContext(ctx), script: { segments: script.segments } });
    return {
      ...scoreBrand({ segments: script.segments }, ctx.show, { judge }),
      scriptVersionId: script.id,
      scriptVersion: script.version,
    };
  },
  async persist(tx, { episodeId }, score) {
    const episode = await tx.episode.update({
      where: { id: episodeId },
      data: { brandScore: score.overall },
      select: { showId: true },
    });
    await tx.brandScore.create({
      data: {
        episodeId,
        showId: episode.showId,
        scriptVersionId: score.scriptVersionId,
        overall: score.overall,
        threshold: score.threshold,
        passed: score.passed,
        dimensions: score.dimensions as unknown as Prisma.InputJsonValue,
        violations: score.violations as unknown as Prisma.InputJsonValue,
        method: score.method,
      },
    });
  },
};
