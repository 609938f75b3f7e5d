import "server-only";
import type { Db } from "@/lib/db";
import { formatUnitPrice } from "@/lib/domain/money";

/** The price in force for each (provider, model, unit), with how many versions it has had. */
export async function listCurrentPrices(db: Db, at = new Date()) {
  const rows = await db.price.findMany({
    where: { effectiveFrom: { lte: at } },
    orderBy: [{ provider: "asc" }, { model: "asc" }, { unit: "asc" }, { effectiveFrom: "desc" }],
    include: { createdBy: { select: { name: true } } },
  });
  const current = new Map<string, { row: (typeof rows)[number]; versions: number }>();
  for (const row of rows) {
    const key = `${row.provider}|${row.model}|${row.unit}`;
    const seen = current.get(key);
    if (seen) seen.versions++;
    else current.set(key, { row, versions: 1 });
  }
  return [...current.values()].map(({ row, versions }) => ({
    id: row.id,
    provider: row.provider,
    model: row.model,
    unit: row.unit,
    unitPrice: formatUnitPrice(row.unitPrice),
    effectiveFrom: row.effectiveFrom,
    setBy: row.createdBy?.name ?? "default",
    versions,
  }));
}
