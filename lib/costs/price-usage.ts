import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";

/** The places the ledger keeps a quantity to (`CostEntry.quantity`, Decimal(18, 4)). */
const QUANTITY_PLACES = 4;

/**
 * Usage at the unit price `lookup` finds, rounded up to the ledger's six places (a charge never rounds down). The
 * quantity is priced as the ledger keeps it, so every entry's amount is its stored quantity times its unit price.
 */
export async function priceUsage(
  usage: Usage,
  lookup: (usage: Usage) => Promise<{ unitPrice: Decimal; priceId: string | null }>,
) {
  const { unitPrice, priceId } = await lookup(usage);
  const quantity = new Decimal(usage.quantity).toDecimalPlaces(QUANTITY_PLACES, Decimal.ROUND_HALF_UP);
  return { unitPrice, priceId, amount: unitPrice.times(quantity).toDecimalPlaces(6, Decimal.ROUND_UP) };
}
