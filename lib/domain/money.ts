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

/**
 * A unit price in plain decimals ("0.0000004", never Decimal's "4e-7"), with every digit it was set with: prices per
 * token are millionths of a dollar, and an exponent hides how small they are.
 */
export function formatUnitPrice(value: Decimal.Value | { toString(): string }): string {
  return toMoney(value).toFixed();
}

/**
 * An amount in dollars for display: cents from $1 up, four places below it, and two significant digits in plain
 * decimals for a charge too small for four places (one call to a cheap model), so it never reads as $0.0000.
 */
export function formatUsd(value: Decimal.Value | { toString(): string } | null | undefined): string {
  const amount = toMoney(value);
  const sign = amount.isNegative() ? "-" : "";
  const abs = amount.abs();
  if (abs.gte(1) || abs.isZero()) return `${sign}$${abs.toFixed(2)}`;
  if (abs.gte("0.0001")) return `${sign}$${abs.toFixed(4)}`;
  return `${sign}$${abs.toSignificantDigits(2).toFixed()}`;
}
