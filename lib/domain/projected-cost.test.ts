import { describe, expect, it } from "vitest";
import { ledgerTotals, projectedCost } from "./projected-cost";

describe("projectedCost", () => {
  it("is an offline entry's projection, and a hosted entry's charge (it costs what it costs)", () => {
    expect(projectedCost({ amount: "0", projectedAmount: "0.075" }).toString()).toBe("0.075");
    expect(projectedCost({ amount: "0.12", projectedAmount: null }).toString()).toBe("0.12");
    // An offline entry someone priced: the projection, not the two added.
    expect(projectedCost({ amount: "0.01", projectedAmount: "0.05" }).toString()).toBe("0.05");
  });

  it("sums exactly, where floats would not", () => {
    const totals = ledgerTotals([
      { amount: "0.1", projectedAmount: null },
      { amount: "0", projectedAmount: "0.2" },
    ]);
    expect([totals.calls, totals.amount.toString(), totals.projected.toString()]).toEqual([2, "0.1", "0.3"]);
  });
});
