import "server-only";
import type { Db } from "@/lib/db";
import { PROJECTED_COST_SQL } from "./projected-cost-sql";

export interface DaySpend {
  day: string;
  charged: number;
  projected: number;
}

/** Spend per UTC day over the last `days` days (days without calls included as zero), charged and projected. */
export async function spendOverTime(db: Db, days = 30, now = new Date()): Promise<DaySpend[]> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  // Timestamps are stored in UTC without a zone, so the day is read off them as they are.
  const rows = await db.$queryRaw<{ day: string; charged: string; projected: string }[]>`
    SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, sum(amount)::text AS charged, sum(${PROJECTED_COST_SQL})::text AS projected
    FROM "CostEntry" WHERE "createdAt" >= ${start} GROUP BY 1 ORDER BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return { day, charged: Number(row?.charged ?? 0), projected: Number(row?.projected ?? 0) };
  });
}
