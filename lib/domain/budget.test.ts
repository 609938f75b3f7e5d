import { describe, expect, it } from "vitest";
import { crossedThresholds, onBudgetExceeded, wouldPassCap } from "./budget";

describe("budget rules", () => {
  it("compares money exactly (no float drift)", () => {
    expect(wouldPassCap("0.1", "0.2", "0.3")).toBe(false);
    expect(wouldPassCap("0.1", "0.2000001", "0.3")).toBe(true);
  });

  it("reports only the thresholds a charge crosses", () => {
    expect(crossedThresholds("3.9", "4.1", "5", [80, 100])).toEqual([80]);
    expect(crossedThresholds("4.1", "4.2", "5", [80, 100])).toEqual([]);
    expect(crossedThresholds("1", "5", "5", [100, 80])).toEqual([80, 100]);
    expect(crossedThresholds("0", "1", "0", [80])).toEqual([]);
  });

  it("downgrades once, then pauses", () => {
    expect(onBudgetExceeded("standard", "DOWNGRADE")).toBe("downgrade");
    expect(onBudgetExceeded("economy", "DOWNGRADE")).toBe("pause");
    expect(onBudgetExceeded("standard", "PAUSE")).toBe("pause");
  });
});
