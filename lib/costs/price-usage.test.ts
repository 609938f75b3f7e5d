import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { priceUsage } from "./price-usage";

const at = (price: string) => async () => ({ unitPrice: new Decimal(price), priceId: null });
const minutes = (quantity: string) => ({ provider: "pocketsphinx", model: "en-us", unit: "minute", quantity });

describe("priceUsage", () => {
  it("prices the quantity the ledger keeps, so the amount is the stored quantity times the price", async () => {
    // 0.56601 minutes is kept as 0.5660: 0.5660 × 0.006 = 0.003396, not 0.00339606 rounded up to 0.003397.
    const { amount } = await priceUsage(minutes("0.56601"), at("0.006"));
    expect(amount.toFixed(6)).toBe("0.003396");
  });

  it("still never rounds a charge down", async () => {
    const { amount } = await priceUsage(minutes("0.5661"), at("0.006"));
    expect(amount.toFixed(6)).toBe("0.003397");
  });
});
