import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";

/** Usage at the unit price `lookup` finds, rounded up to the ledger's six places (a charge never rounds down). */
export async function priceUsage(
  usage: Usage,
  lookup: (usage: Usage) => Promise<{ unitPrice: Decimal; priceId: string | null }>,
) {
  const { unitPrice, priceId } = await lookup(usage);
  return { unitPrice, priceId, amount: unitPrice.times(usage.quantity).toDecimalPlaces(6, Decimal.ROUND_UP) };
}
