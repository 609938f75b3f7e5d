import Decimal from "decimal.js";
import type { Money } from "@/lib/domain/money";
import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import { COST_TARGETS, type CostTargets } from "./targets";

/** Dollars from the ledger, exact: compared as Decimal, so spending exactly the budget is within it. */
export interface CostActuals {
  research: Money;
  content: Money;
  audio: Money;
  total: Money;
  /** The episode's hard budget. */
  budget: Money;
}

export const COST_FORMULA =
  "10 − 10 × max(0, worst of actual/target − 1 over research, content, audio and episode targets) " +
  "− (over budget ? 3 + 20 × (total/budget − 1) : 0)";

/** Missing a stage target is a drift to watch; passing the hard budget is a breach, so it alone fails the dimension. */
export function scoreCostCompliance(c: CostActuals, targets: CostTargets = COST_TARGETS): DimensionScore {
  // Ratios are exact too, so an amount equal to its target or budget is never taken for an overrun.
  const overruns = [c.research.div(targets.research), c.content.div(targets.content), c.audio.div(targets.audio), c.total.div(targets.episode)].map((r) => r.minus(1));
  const worstTargetOverrun = Decimal.max(0, ...overruns).toNumber();
  const budgetOverrun = c.budget.greaterThan(0) ? c.total.div(c.budget).minus(1) : c.total.greaterThan(0) ? new Decimal(Infinity) : new Decimal(-1);
  const budgetPenalty = budgetOverrun.greaterThan(0) ? 3 + 20 * budgetOverrun.toNumber() : 0;
  return {
    score: score1(10 - 10 * worstTargetOverrun - budgetPenalty),
    formula: COST_FORMULA,
    inputs: {
      research: c.research.toNumber(),
      content: c.content.toNumber(),
      audio: c.audio.toNumber(),
      total: c.total.toNumber(),
      budget: c.budget.toNumber(),
      worstTargetOverrun: Math.round(worstTargetOverrun * 1000) / 1000,
    },
  };
}
