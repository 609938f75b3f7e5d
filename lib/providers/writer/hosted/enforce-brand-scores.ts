import { BRAND_DIMENSIONS } from "@/lib/domain/brand-dimensions";
import { type BrandJudgement } from "@/lib/domain/brand-dimensions";

/** One score per dimension, in the rubric's order; an answer that skips a dimension is no judgement at all (null). */
export function enforceBrandScores(answer: BrandJudgement): BrandJudgement | null {
  const scores = BRAND_DIMENSIONS.map((d) => answer.scores.find((s) => s.dimension === d));
  return scores.every((s) => s !== undefined) ? { scores: scores as BrandJudgement["scores"] } : null;
}
