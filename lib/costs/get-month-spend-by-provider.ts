import "server-only";
import type { Db } from "@/lib/db";
import { toMoney } from "@/lib/domain/money";
import { monthStart } from "./budget-scopes";
import { PROJECTED_COST_SQL } from "./projected-cost-sql";

/** This calendar month's spend per provider, charged and projected at hosted prices, by provider name. */
export async function getMonthSpendByProvider(db: Db, now = new Date()) {
  const rows = await db.$queryRaw<{ provider: string; charged: string; projected: string }[]>`
    SELECT provider, sum(amount)::text AS charged, sum(${PROJECTED_COST_SQL})::text AS projected
    FROM "CostEntry" WHERE "createdAt" >= ${monthStart(now)} GROUP BY provider ORDER BY provider`;
  return rows.map((r) => ({ provider: r.provider, charged: toMoney(r.charged), projected: toMoney(r.projected) }));
}
