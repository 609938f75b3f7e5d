import { z } from "zod";

/** The five dimensions a script's brand consistency is scored on. */
export const BRAND_DIMENSIONS = ["tone", "vocabulary", "humility", "audience", "structure"] as const;

export type BrandDimension = (typeof BRAND_DIMENSIONS)[number];

/** A rubric judge's scores per dimension (the optional LLM brand judge), blended into the brand score. */
export const brandJudgementSchema = z.object({
  scores: z.array(
    z.object({ dimension: z.enum(BRAND_DIMENSIONS), score: z.number().min(0).max(10), rationale: z.string() }),
  ),
});

export type BrandJudgement = z.infer<typeof brandJudgementSchema>;
