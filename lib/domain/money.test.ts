import { describe, expect, it } from "vitest";
import { sumMoney, toMoney } from "./money";

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
