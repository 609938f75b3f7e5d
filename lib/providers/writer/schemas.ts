import { z } from "zod";
import { lineGuidanceSchema } from "@/lib/domain/line-comment";
import type { Tier } from "@/lib/domain/budget";
import { showProfileSchema } from "@/lib/domain/show-profile";
import {
  briefSchema,
  claimSchema,
  claimToJudgeSchema,
  judgedClaimSchema,
  judgementSchema,
  passageSchema,
} from "@/lib/domain/research";
import { episodePlanSchema, formatSchema } from "@/lib/domain/episode-plan";
import { scriptSchema } from "@/lib/domain/script";

/*
 * One input and one output schema per writer task. Both adapters return values of the output schemas, and the
 * hosted adapter sends them to the model as its structured-output schema. So output schemas keep to what both
 * providers' strict JSON-schema modes accept: every property required (a missing value is `null`, never an
 * omitted key), no string-length constraints. Checks a schema cannot express (a quote must be an exact substring
 * of its source, durations must add up) are enforced in code after the model answers (see invariants/).
 */

export const tierSchema = z.enum(["standard", "economy"]) satisfies z.ZodType<Tier>;

/** Every task is told the show and the budget tier (the hosted adapter picks its model by tier). */
const taskInput = { show: showProfileSchema, tier: tierSchema };

// 1. research-deep-dive

export const extractClaimsInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  passages: z.array(passageSchema),
  maxClaims: z.number().int().min(1).max(100),
});

export const extractClaimsOutputSchema = z.object({ claims: z.array(claimSchema) });

// 2. research-validation

/** The sources' titles by id: a hosted model's text that names a source by id is given its title instead. */
const sourceTitles = z.record(z.string(), z.string()).optional();

export const judgeClaimsInputSchema = z.object({
  ...taskInput,
  claims: z.array(claimToJudgeSchema),
  passages: z.array(passageSchema),
  sourceTitles,
});

export const judgeClaimsOutputSchema = z.object({ judgements: z.array(judgementSchema) });

// 3. research-synthesis

export const synthesizeInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  claims: z.array(judgedClaimSchema),
  sourceTitles,
});

// 4. episode-planner

export const planEpisodeInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  brief: briefSchema,
  format: formatSchema,
  hosts: z.array(z.string().min(1)).min(1).max(4),
  targetMinutes: z.number().positive().max(180),
});

// 5. script-writer

export const writeScriptInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  plan: episodePlanSchema,
  brief: briefSchema,
  /** An editor's comment or a brand check's feedback for this draft. */
  guidance: z.string().nullable(),
});

// 5b. script-writer, revising: the latest version (an editor's edits included) and the feedback on it

export const reviseScriptInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  script: scriptSchema,
  /** Texts of the lines an editor wrote: kept as they are unless the guidance is about them. */
  editorLines: z.array(z.string().max(10_000)).max(5_000),
  /** An editor's comment or a brand check's feedback: acted on, never said on air. */
  guidance: z.string().trim().min(1).max(10_000),
  /** An editor's comments on lines (numbered from 1 across the script): each acted on at its lines, never said. */
  lineGuidance: z.array(lineGuidanceSchema).max(500).optional(),
});

// 6. brand-validator (optional rubric)

export const judgeBrandInputSchema = z.object({ ...taskInput, script: scriptSchema });

// 6b. brand-validator (optional content rubric): the script against the brief and excerpts of the sources

export const judgeContentInputSchema = z.object({
  ...taskInput,
  script: scriptSchema,
  keyPoints: z.array(z.string().max(2_000)).max(100),
  passages: z.array(passageSchema.extend({ text: z.string().max(50_000) })).max(200),
});

export type ExtractClaimsInput = z.infer<typeof extractClaimsInputSchema>;
export type ExtractClaimsOutput = z.infer<typeof extractClaimsOutputSchema>;
export type JudgeClaimsInput = z.infer<typeof judgeClaimsInputSchema>;
export type JudgeClaimsOutput = z.infer<typeof judgeClaimsOutputSchema>;
export type SynthesizeInput = z.infer<typeof synthesizeInputSchema>;
export type PlanEpisodeInput = z.infer<typeof planEpisodeInputSchema>;
export type WriteScriptInput = z.infer<typeof writeScriptInputSchema>;
export type ReviseScriptInput = z.infer<typeof reviseScriptInputSchema>;
export type JudgeBrandInput = z.infer<typeof judgeBrandInputSchema>;
export type JudgeContentInput = z.infer<typeof judgeContentInputSchema>;
