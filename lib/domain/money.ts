import Decimal from "decimal.js";

/**
 * Dollars, exact. Ledger amounts are summed and compared as Decimal, never as floats (0.1 + 0.2 is not 0.3 in binary);
 * they become numbers only to be displayed.
 */
export type Money = Decimal;

/** Prisma's Decimal, a string, a number or a missing sum (null: nothing charged) as Money. */
export function toMoney(value: Decimal.Value | { toString(): string } | null | undefined): Money {
  return new Decimal(value?.toString() ?? 0);
}

/** The exact sum of amounts (missing ones count as zero). */
export function sumMoney(values: Iterable<Decimal.Value | { toString(): string } | null | undefined>): Money {
  let total = new Decimal(0);
  for (const v of values) total = total.plus(toMoney(v));
  return total;
}

/** Each amount as a number of dollars, for what is only shown or stored to be shown (never added up again). */
export function toDollars<K extends string>(amounts: Record<K, Money>): Record<K, number> {
  return Object.fromEntries(Object.entries<Money>(amounts).map(([key, amount]) => [key, amount.toNumber()])) as Record<
    K,
    number
  >;
}
