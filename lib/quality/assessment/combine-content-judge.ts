import { CONTENT_RUBRIC, type ContentJudgeResult } from "@/lib/domain/content-judgement";
import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";

/** The judge's share of the content dimension; the measured parts keep the rest. */
export const JUDGE_WEIGHT = 0.3;

export const JUDGED_CONTENT_FORMULA =
  `${(1 - JUDGE_WEIGHT).toFixed(1)} × measured + ${JUDGE_WEIGHT.toFixed(1)} × rubric, where rubric = ` +
  "(engagement + clarity + accuracy) / 3 from the LLM judge (each 0-10); a measured score below the threshold is " +
  "never raised by the rubric. measured = ";

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The content dimension with the LLM judge's rubric combined in, when it scored: the measures see repetition,
 * filler, copying and missed points for certain, the judge sees what they cannot (is it engaging, clear, faithful to
 * the sources), so it weighs 30%. It can lower any score but not lift a measured fault over the threshold: a script
 * the measures fail still fails, however fluent the judge finds it. Without a rubric (offline, or a failed judge)
 * the measured score stands alone, unchanged.
 */
export function combineContentJudge(
  measured: DimensionScore,
  judge: ContentJudgeResult | undefined,
  threshold: number,
): DimensionScore {
  if (judge?.status !== "scored") return measured;
  const scores = CONTENT_RUBRIC.map((k) => judge.judgement[k].score);
  const rubric = scores.reduce((a, b) => a + b, 0) / scores.length;
  const blended = (1 - JUDGE_WEIGHT) * measured.score + JUDGE_WEIGHT * rubric;
  return {
    score: score1(measured.score < threshold ? Math.min(blended, measured.score) : blended),
    formula: JUDGED_CONTENT_FORMULA + measured.formula,
    inputs: {
      ...measured.inputs,
      measured: measured.score,
      judgeEngagement: judge.judgement.engagement.score,
      judgeClarity: judge.judgement.clarity.score,
      judgeAccuracy: judge.judgement.accuracy.score,
      judgeRubric: round2(rubric),
    },
  };
}
