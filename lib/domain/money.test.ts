import { describe, expect, it } from "vitest";
import { formatUnitPrice, formatUsd, sumMoney, toMoney } from "./money";

describe("sumMoney", () => {
  it("adds ledger amounts exactly where floats drift", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney(["0.1", "0.2"]).equals("0.3")).toBe(true);
    // Ten thousand charges of $0.000001: a float sum misses $0.01 by a rounding error, the Decimal one is exact.
    const rows = Array.from({ length: 10_000 }, () => "0.000001");
    expect(rows.reduce((n, r) => n + Number(r), 0)).not.toBe(0.01);
    expect(sumMoney(rows).toString()).toBe("0.01");
  });

  it("counts a missing sum (nothing charged) as zero and takes Prisma's Decimal by its digits", () => {
    expect(sumMoney([null, undefined, "1.25"]).toString()).toBe("1.25");
    expect(sumMoney([]).isZero()).toBe(true);
    expect(toMoney({ toString: () => "12345678.99" }).toFixed(2)).toBe("12345678.99");
  });
});

describe("formatUnitPrice", () => {
  it("writes a price per token in plain decimals, never with an exponent", () => {
    // Prisma's Decimal(20, 10) and Decimal.js print 0.0000004 as "4e-7".
    expect(toMoney("0.0000004000").toString()).toBe("4e-7");
    expect(formatUnitPrice({ toString: () => "4e-7" })).toBe("0.0000004");
    expect(formatUnitPrice("0.00000015")).toBe("0.00000015");
    expect(formatUnitPrice("0.0000000001")).toBe("0.0000000001");
    expect(formatUnitPrice("0.003")).toBe("0.003");
    expect(formatUnitPrice("12.5")).toBe("12.5");
  });
});

describe("formatUsd", () => {
  it("shows cents from a dollar, four places below, and a tiny charge in plain decimals", () => {
    expect(formatUsd("12.345")).toBe("$12.35");
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(null)).toBe("$0.00");
    expect(formatUsd("0.01234")).toBe("$0.0123");
    expect(formatUsd(4e-7)).toBe("$0.0000004");
    expect(formatUsd("0.000012345")).toBe("$0.000012");
    expect(formatUsd("-0.5")).toBe("-$0.5000");
  });
});
