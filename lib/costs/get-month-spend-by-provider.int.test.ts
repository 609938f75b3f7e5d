import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { getMonthSpendByProvider } from "./get-month-spend-by-provider";

let db: Db;
const now = new Date("2026-03-15T12:00:00Z");
let key = 0;
const charge = (provider: string, amount: string, createdAt: Date, projectedAmount: string | null = null) =>
  db.costEntry.create({
    data: {
      idempotencyKey: `k${key++}`,
      provider,
      model: "m",
      unit: "request",
      quantity: "1",
      unitPrice: amount,
      amount,
      projectedAmount,
      createdAt,
    },
  });

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await charge("speech", "0.100000", new Date("2026-03-01T00:00:00Z"), "0.250000");
  await charge("speech", "0.000001", new Date("2026-03-15T11:00:00Z"));
  await charge("llm", "1.500000", new Date("2026-03-10T00:00:00Z"), "2.000000");
  // Last month's last second, and another provider seen only then: neither counts.
  await charge("speech", "9.000000", new Date("2026-02-28T23:59:59Z"));
  await charge("search", "3.000000", new Date("2026-02-10T00:00:00Z"));
});

describe("getMonthSpendByProvider", () => {
  it("sums this calendar month's charges per provider, by name, exactly; an entry without a projection projects what it was charged", async () => {
    const rows = await getMonthSpendByProvider(db, now);
    expect(rows.map((r) => [r.provider, r.charged.toFixed(6), r.projected.toFixed(6)])).toEqual([
      ["llm", "1.500000", "2.000000"],
      ["speech", "0.100001", "0.250001"],
    ]);
  });

  it("is empty in a month without calls", async () => {
    expect(await getMonthSpendByProvider(db, new Date("2026-05-01T00:00:00Z"))).toEqual([]);
  });
});
