import { z } from "zod";
import type { Tier } from "@/lib/domain/budget";

/*
 * One input and one output schema per writer task. Both adapters return values of the output schemas, and the
 * hosted adapter sends them to the model as its structured-output schema. So output schemas keep to what both
 * providers' strict JSON-schema modes accept: every property required (a missing value is `null`, never an
 * omitted key), no string-length constraints. Checks a schema cannot express (a quote must be an exact substring
 * of its source, durations must add up) are enforced in code after the model answers (see invariants/).
 */

export const tierSchema = z.enum(["standard", "economy"]) satisfies z.ZodType<Tier>;

/** The brand profile the writer needs; `StageShow` (lib/pipeline/types.ts) satisfies it. */
export const showProfileSchema = z.object({
  name: z.string(),
  tone: z.string(),
  audience: z.string(),
  requiredPhrases: z.array(z.string()),
  bannedPhrases: z.array(z.string()),
  humilityMarkers: z.array(z.string()),
  hosts: z.array(z.object({ name: z.string(), persona: z.string() })),
});

/** A retrieved passage: `text === source.content.slice(start, start + text.length)`. */
export const passageSchema = z.object({
  sourceId: z.string().min(1),
  text: z.string(),
  start: z.number().int().min(0),
});

/** Every task is told the show and the budget tier (the hosted adapter picks its model by tier). */
const taskInput = { show: showProfileSchema, tier: tierSchema };

// 1. research-deep-dive

export const claimSchema = z.object({
  text: z.string(),
  sourceId: z.string(),
  /** An exact substring of the source that states the claim: `source.content.slice(quoteStart, quoteEnd) === quote`. */
  quote: z.string(),
  quoteStart: z.number().int().min(0),
  quoteEnd: z.number().int().min(0),
});

export const extractClaimsInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  passages: z.array(passageSchema),
  maxClaims: z.number().int().min(1).max(100),
});

export const extractClaimsOutputSchema = z.object({ claims: z.array(claimSchema) });

// 2. research-validation

export const verdictSchema = z.enum(["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"]);

export const evidenceSchema = z.object({
  sourceId: z.string(),
  quote: z.string(),
  stance: z.enum(["supports", "contradicts"]),
});

export const judgementSchema = z.object({
  /** Position of the judged claim in the input, so an answer out of order still lines up. */
  claimIndex: z.number().int().min(0),
  verdict: verdictSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  reason: z.string(),
});

export const claimToJudgeSchema = z.object({ text: z.string().min(1), sourceId: z.string().min(1), quote: z.string() });

export const judgeClaimsInputSchema = z.object({
  ...taskInput,
  claims: z.array(claimToJudgeSchema),
  passages: z.array(passageSchema),
});

export const judgeClaimsOutputSchema = z.object({ judgements: z.array(judgementSchema) });

// 3. research-synthesis

export const judgedClaimSchema = claimToJudgeSchema.extend({
  verdict: verdictSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  reason: z.string(),
});

export const synthesizeInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  claims: z.array(judgedClaimSchema),
});

export const briefSchema = z.object({
  /** Facts for the script: each rests on SUPPORTED claims only (`claimIndexes` into the input's claims). */
  keyPoints: z.array(z.object({ text: z.string(), claimIndexes: z.array(z.number().int().min(0)), sourceIds: z.array(z.string()) })),
  openQuestions: z.array(z.string()),
  /** What the hosts should say with humility: disagreements between sources, cautions, unchecked claims. */
  uncertainty: z.array(z.string()),
});

// 4. episode-planner

export const formatSchema = z.enum(["SOLO", "TWO_HOSTS", "INTERVIEW", "PANEL"]);

export const planEpisodeInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  brief: briefSchema,
  format: formatSchema,
  hosts: z.array(z.string().min(1)).min(1).max(4),
  targetMinutes: z.number().positive().max(180),
});

export const planSegmentSchema = z.object({
  title: z.string(),
  purpose: z.string(),
  targetSeconds: z.number().int().min(0),
  speakers: z.array(z.string()),
  keyPointIndexes: z.array(z.number().int().min(0)),
  /** The line that opens the segment and makes the listener stay, or null. */
  hook: z.string().nullable(),
});

export const episodePlanSchema = z.object({ segments: z.array(planSegmentSchema) });

// 5. script-writer

export const writeScriptInputSchema = z.object({
  ...taskInput,
  topic: z.string().min(1),
  plan: episodePlanSchema,
  brief: briefSchema,
  /** An editor's comment or a brand check's feedback for this draft. */
  guidance: z.string().nullable(),
});

export const scriptSchema = z.object({
  segments: z.array(z.object({ title: z.string(), lines: z.array(z.object({ speaker: z.string(), text: z.string() })) })),
});

// 6. brand-validator (optional rubric)

export const BRAND_DIMENSIONS = ["tone", "vocabulary", "humility", "audience", "structure"] as const;

export const judgeBrandInputSchema = z.object({ ...taskInput, script: scriptSchema });

export const brandJudgementSchema = z.object({
  scores: z.array(z.object({ dimension: z.enum(BRAND_DIMENSIONS), score: z.number().min(0).max(10), rationale: z.string() })),
});

export type ShowProfile = z.infer<typeof showProfileSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ExtractClaimsInput = z.infer<typeof extractClaimsInputSchema>;
export type ExtractClaimsOutput = z.infer<typeof extractClaimsOutputSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type ClaimToJudge = z.infer<typeof claimToJudgeSchema>;
export type JudgeClaimsInput = z.infer<typeof judgeClaimsInputSchema>;
export type JudgeClaimsOutput = z.infer<typeof judgeClaimsOutputSchema>;
export type JudgedClaim = z.infer<typeof judgedClaimSchema>;
export type SynthesizeInput = z.infer<typeof synthesizeInputSchema>;
export type Brief = z.infer<typeof briefSchema>;
export type EpisodeFormat = z.infer<typeof formatSchema>;
export type PlanEpisodeInput = z.infer<typeof planEpisodeInputSchema>;
export type PlanSegment = z.infer<typeof planSegmentSchema>;
export type EpisodePlan = z.infer<typeof episodePlanSchema>;
export type WriteScriptInput = z.infer<typeof writeScriptInputSchema>;
export type Script = z.infer<typeof scriptSchema>;
export type BrandDimension = (typeof BRAND_DIMENSIONS)[number];
export type JudgeBrandInput = z.infer<typeof judgeBrandInputSchema>;
export type BrandJudgement = z.infer<typeof brandJudgementSchema>;
