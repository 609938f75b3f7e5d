import Decimal from "decimal.js";

export type Tier = "standard" | "economy";

export type BudgetScope = "episode" | "show-month" | "workspace-month";

const SCOPE_LABELS: Record<BudgetScope, string> = {
  episode: "the episode's hard cap",
  "show-month": "the show's monthly cap",
  "workspace-month": "the workspace's monthly cap",
};

export class BudgetExceededError extends Error {
  constructor(
    readonly scope: BudgetScope,
    readonly spent: Decimal,
    readonly requested: Decimal,
    readonly cap: Decimal,
  ) {
    super(
      `This call could cost up to $${requested.toFixed(4)}, but only $${Decimal.max(0, cap.minus(spent)).toFixed(4)} of ` +
        `${SCOPE_LABELS[scope]} ($${cap.toFixed(2)}) is left.`,
    );
    this.name = "BudgetExceededError";
  }
}

/** True when spending `amount` on top of `spent` would pass `cap`. Exact decimal arithmetic, never floats. */
export function wouldPassCap(spent: Decimal.Value, amount: Decimal.Value, cap: Decimal.Value): boolean {
  return new Decimal(spent).plus(amount).greaterThan(cap);
}

/** The alert thresholds (percent of the cap) that moving from `before` to `after` crosses, lowest first. */
export function crossedThresholds(
  before: Decimal.Value,
  after: Decimal.Value,
  cap: Decimal.Value,
  thresholds: number[],
): number[] {
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
