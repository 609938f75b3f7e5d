import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";

export interface ResearchMeasurements {
  claimsSupported: number;
  claimsUnsupported: number;
  claimsContradicted: number;
  keyPoints: number;
  keyPointsWithCitations: number;
}

export const RESEARCH_FORMULA =
  "10 × (0.6 × supported / judged claims + 0.4 × cited key points / key points) − 2 × contradicted claims";

/** A contradicted claim costs twice: it is not supported, and airing it is worse than leaving a gap. */
export function scoreResearchAccuracy(m: ResearchMeasurements): DimensionScore {
  const judged = m.claimsSupported + m.claimsUnsupported + m.claimsContradicted;
  const supportedShare = judged > 0 ? m.claimsSupported / judged : 0;
  const citedShare = m.keyPoints > 0 ? m.keyPointsWithCitations / m.keyPoints : 0;
  return {
    score: score1(10 * (0.6 * supportedShare + 0.4 * citedShare) - 2 * m.claimsContradicted),
    formula: RESEARCH_FORMULA,
    inputs: {
      supported: m.claimsSupported,
      unsupported: m.claimsUnsupported,
      contradicted: m.claimsContradicted,
      keyPoints: m.keyPoints,
      keyPointsWithCitations: m.keyPointsWithCitations,
    },
  };
}
