import Decimal from "decimal.js";

export type Tier = "standard" | "economy";

export class BudgetExceededError extends Error {
  constructor(
    readonly episodeId: string,
    readonly spent: Decimal,
    readonly requested: Decimal,
    readonly cap: Decimal,
  ) {
    super(
      `This call would cost up to $${requested.toFixed(4)} but only $${cap.minus(spent).toFixed(4)} of the episode's ` +
        `$${cap.toFixed(2)} hard cap is left.`,
    );
    this.name = "BudgetExceededError";
  }
}

/** True when spending `amount` on top of `spent` would pass `cap`. Exact decimal arithmetic, never floats. */
export function wouldPassCap(spent: Decimal.Value, amount: Decimal.Value, cap: Decimal.Value): boolean {
  return new Decimal(spent).plus(amount).greaterThan(cap);
}

/** The alert thresholds (percent of the cap) that moving from `before` to `after` crosses, lowest first. */
export function crossedThresholds(before: Decimal.Value, after: Decimal.Value, cap: Decimal.Value, thresholds: number[]): number[] {
  const c = new Decimal(cap);
  if (c.lessThanOrEqualTo(0)) return [];
  const pct = (v: Decimal.Value) => new Decimal(v).div(c).times(100);
  return [...thresholds]
    .sort((a, b) => a - b)
    .filter((t) => pct(before).lessThan(t) && pct(after).greaterThanOrEqualTo(t));
}

/** What the failure policy does when a stage could not afford its next call. */
export function onBudgetExceeded(tier: Tier, policy: "DOWNGRADE" | "PAUSE"): "downgrade" | "pause" {
  return policy === "DOWNGRADE" && tier === "standard" ? "downgrade" : "pause";
}
