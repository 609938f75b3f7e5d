import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";

/** Brand consistency is the brand validator's overall score, as it stands (the same as `assessQuality` reports). */
export function scoreBrandConsistency(brandOverall: number): DimensionScore {
  return {
    score: score1(brandOverall),
    formula: "the brand validator's overall score (0-10)",
    inputs: { brandOverall },
  };
}
