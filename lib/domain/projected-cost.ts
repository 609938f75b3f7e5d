import { sumMoney, toMoney, type Money } from "./money";

export interface LedgerAmounts {
  amount: { toString(): string };
  projectedAmount: { toString(): string } | null;
}

/**
 * What a ledger entry would cost on hosted providers: its projection when it has one (offline usage, charged $0),
 * else what it was charged (hosted usage costs what it costs). The one meaning of "projected" for the studio, the
 * dashboard, the admin pages and the command line; lib/costs/projected-cost-sql.ts says the same in SQL.
 */
export function projectedCost(entry: LedgerAmounts): Money {
  return toMoney(entry.projectedAmount ?? entry.amount);
}

/** The projected cost of several entries, exactly. */
export function sumProjectedCost(entries: Iterable<LedgerAmounts>): Money {
  let total = toMoney(0);
  for (const entry of entries) total = total.plus(projectedCost(entry));
  return total;
}

/** Charged and projected of some ledger entries, exact: every figure of the Costs tab and the produce table. */
export function ledgerTotals(entries: LedgerAmounts[]): { calls: number; amount: Money; projected: Money } {
  return {
    calls: entries.length,
    amount: sumMoney(entries.map((e) => e.amount)),
    projected: sumProjectedCost(entries),
  };
}
