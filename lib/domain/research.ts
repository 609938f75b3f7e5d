import { z } from "zod";

// The research an episode rests on: passages retrieved from its sources, the claims drawn from them, their verdicts
// against the sources, and the brief the script is written from.

/** A retrieved passage: `text === source.content.slice(start, start + text.length)`. */
export const passageSchema = z.object({
  sourceId: z.string().min(1),
  text: z.string(),
  start: z.number().int().min(0),
});

export const claimSchema = z.object({
  text: z.string(),
  sourceId: z.string(),
  /** An exact substring of the source that states the claim: `source.content.slice(quoteStart, quoteEnd) === quote`. */
  quote: z.string(),
  quoteStart: z.number().int().min(0),
  quoteEnd: z.number().int().min(0),
});

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

export const judgedClaimSchema = claimToJudgeSchema.extend({
  verdict: verdictSchema,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
  reason: z.string(),
});

export const briefSchema = z.object({
  /** Facts for the script: each rests on SUPPORTED claims only (`claimIndexes` into the input's claims). */
  keyPoints: z.array(
    z.object({ text: z.string(), claimIndexes: z.array(z.number().int().min(0)), sourceIds: z.array(z.string()) }),
  ),
  openQuestions: z.array(z.string()),
  /** What the hosts should say with humility: disagreements between sources, cautions, unchecked claims. */
  uncertainty: z.array(z.string()),
});

export type Passage = z.infer<typeof passageSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type ClaimToJudge = z.infer<typeof claimToJudgeSchema>;
export type JudgedClaim = z.infer<typeof judgedClaimSchema>;
export type Brief = z.infer<typeof briefSchema>;
