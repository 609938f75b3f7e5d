import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import { COST_TARGETS, type CostTargets } from "./targets";

/** Dollars, converted from the ledger's Decimals by the caller; ratios need no exact arithmetic. */
export interface CostActuals {
  research: number;
  content: number;
  audio: number;
  total: number;
  /** The episode's hard budget. */
  budget: number;
}

export const COST_FORMULA =
  "10 − 10 × max(0, worst of actual/target − 1 over research, content, audio and episode targets) " +
  "− (over budget ? 3 + 20 × (total/budget − 1) : 0)";

/** Missing a stage target is a drift to watch; passing the hard budget is a breach, so it alone fails the dimension. */
export function scoreCostCompliance(c: CostActuals, targets: CostTargets = COST_TARGETS): DimensionScore {
  const ratios = [c.research / targets.research, c.content / targets.content, c.audio / targets.audio, c.total / targets.episode];
  const worstTargetOverrun = Math.max(0, ...ratios.map((r) => r - 1));
  const budgetRatio = c.budget > 0 ? c.total / c.budget : c.total > 0 ? Infinity : 0;
  const budgetPenalty = budgetRatio > 1 ? 3 + 20 * (budgetRatio - 1) : 0;
  return {
    score: score1(10 - 10 * worstTargetOverrun - budgetPenalty),
    formula: COST_FORMULA,
    inputs: {
      research: c.research,
      content: c.content,
      audio: c.audio,
      total: c.total,
      budget: c.budget,
      worstTargetOverrun: Math.round(worstTargetOverrun * 1000) / 1000,
    },
  };
}
