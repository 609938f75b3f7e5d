import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import type { Usage } from "@/lib/domain/usage";

/** Providers that bill real money: a usage of theirs with no price row is refused, never charged $0. */
export const HOSTED_PROVIDERS: ReadonlySet<string> = new Set(["anthropic", "openai", "elevenlabs", "tavily", "brave"]);

export class UnpricedUsageError extends Error {
  constructor(usage: Omit<Usage, "quantity">) {
    super(
      `${usage.provider} ${usage.model} has no price per ${usage.unit} in the price table, so the call was refused rather than charged $0: ` +
        "add one in Admin → Prices or choose a priced model",
    );
    this.name = "UnpricedUsageError";
  }
}

/**
 * The unit price in force at `at` from the versioned price table. A usage with no price row costs $0: that is the
 * case for the offline providers until someone sets a price (e.g. to project hosted costs). Hosted providers'
 * usage needs a row (see `requireUnitPrice`).
 */
export async function findUnitPrice(db: Db, usage: Omit<Usage, "quantity">, at = new Date()) {
  const row = await db.price.findFirst({
    where: { provider: usage.provider, model: usage.model, unit: usage.unit, effectiveFrom: { lte: at } },
    orderBy: { effectiveFrom: "desc" },
  });
  return { unitPrice: new Decimal(row?.unitPrice.toString() ?? 0), priceId: row?.id ?? null };
}

/** The unit price, refusing a hosted provider's usage that has no price row (offline usage without one is $0). */
export async function requireUnitPrice(db: Db, usage: Omit<Usage, "quantity">, at = new Date()) {
  const price = await findUnitPrice(db, usage, at);
  if (price.priceId === null && HOSTED_PROVIDERS.has(usage.provider)) throw new UnpricedUsageError(usage);
  return price;
}

/** Those of `units` that have no price row in force at `at`. */
export async function findUnpriced<U extends Omit<Usage, "quantity">>(
  db: Db,
  units: U[],
  at = new Date(),
): Promise<U[]> {
  const priced = await Promise.all(units.map((u) => findUnitPrice(db, u, at)));
  return units.filter((_, i) => priced[i]!.priceId === null);
}
