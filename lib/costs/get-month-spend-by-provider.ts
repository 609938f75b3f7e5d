import "server-only";
import type { Db } from "@/lib/db";
import { toMoney } from "@/lib/domain/money";
import { monthStart } from "./budget-scopes";

/** This calendar month's spend per provider, charged and at hosted prices, by provider name. */
export async function getMonthSpendByProvider(db: Db, now = new Date()) {
  const rows = await db.costEntry.groupBy({
    by: ["provider"],
    where: { createdAt: { gte: monthStart(now) } },
    orderBy: { provider: "asc" },
    _sum: { amount: true, projectedAmount: true },
  });
  return rows.map((r) => ({
    provider: r.provider,
    charged: toMoney(r._sum.amount),
    projected: toMoney(r._sum.projectedAmount),
  }));
}
