import { describe, expect, it } from "vitest";
import { sumMoney, toMoney } from "@/lib/domain/money";
import { scoreCostCompliance, type CostActuals } from "./cost-compliance";
import { COST_TARGETS } from "@/lib/domain/targets";

const zero = toMoney(0);
const actuals = (changes: Partial<CostActuals>): CostActuals => ({
  research: zero,
  content: zero,
  audio: zero,
  total: zero,
  budget: toMoney("5.00"),
  ...changes,
});

describe("scoreCostCompliance", () => {
  it("counts spending exactly the target and the budget, in many small charges, as within both", () => {
    const audio = sumMoney(Array.from({ length: 30 }, () => "0.1")); // $3.00, the audio target; 3.0000000000000013 as floats
    const total = sumMoney(Array.from({ length: 50 }, () => "0.1")); // $5.00, the budget and the episode target
    const d = scoreCostCompliance(actuals({ audio, content: toMoney(2), total }), COST_TARGETS);
    expect(d.score).toBe(10);
    expect(d.inputs).toMatchObject({ audio: 3, total: 5, budget: 5, worstTargetOverrun: 0 });
  });

  it("takes a $0 target as passed by any spending and met by none, never as NaN", () => {
    const targets = { ...COST_TARGETS, research: zero };
    expect(scoreCostCompliance(actuals({}), targets).score).toBe(10);
    expect(scoreCostCompliance(actuals({ research: toMoney("0.01"), total: toMoney("0.01") }), targets).score).toBe(0);
  });

  it("fails a total over a $0 budget, and not one of $0", () => {
    expect(scoreCostCompliance(actuals({ budget: zero }), COST_TARGETS).score).toBe(10);
    expect(
      scoreCostCompliance(actuals({ research: toMoney("0.01"), total: toMoney("0.01"), budget: zero }), COST_TARGETS)
        .score,
    ).toBe(0);
  });
});
