import Decimal from "decimal.js";
import type { Money } from "@/lib/domain/money";
import { score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import { COST_TARGETS, type CostTargets } from "@/lib/domain/targets";

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

/** actual/limit − 1; a limit of $0 is passed by any spending at all (and not by none). */
function overrun(actual: Money, limit: Money): Decimal {
  if (limit.greaterThan(0)) return actual.div(limit).minus(1);
  return new Decimal(actual.greaterThan(0) ? Infinity : -1);
}

/** Missing a stage target is a drift to watch; passing the hard budget is a breach, so it alone fails the dimension. */
export function scoreCostCompliance(c: CostActuals, targets: CostTargets = COST_TARGETS): DimensionScore {
  // Ratios are exact too, so an amount equal to its target or budget is never taken for an overrun.
  const worstTargetOverrun = Decimal.max(
    0,
    overrun(c.research, targets.research),
    overrun(c.content, targets.content),
    overrun(c.audio, targets.audio),
    overrun(c.total, targets.episode),
  ).toNumber();
  const budgetOverrun = overrun(c.total, c.budget);
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
