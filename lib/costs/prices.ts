import Decimal from "decimal.js";
import type { Db } from "@/lib/db";

export interface Usage {
  provider: string;
  model: string;
  unit: string;
  quantity: Decimal.Value;
}

/**
 * The unit price in force at `at` from the versioned price table. A usage with no price row costs $0: that is the
 * case for the offline providers until someone sets a price (e.g. to project hosted costs).
 */
export async function findUnitPrice(db: Db, usage: Omit<Usage, "quantity">, at = new Date()) {
  const row = await db.price.findFirst({
    where: { provider: usage.provider, model: usage.model, unit: usage.unit, effectiveFrom: { lte: at } },
    orderBy: { effectiveFrom: "desc" },
  });
  return { unitPrice: new Decimal(row?.unitPrice.toString() ?? 0), priceId: row?.id ?? null };
}
