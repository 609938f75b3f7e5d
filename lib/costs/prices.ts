import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import type { Usage } from "@/lib/domain/usage";

/**
 * Providers that always bill real money: a usage of theirs with no price row is refused, never charged $0. An
 * OpenAI-compatible server bills when it is a paid gateway: see billingOf.
 */
export const HOSTED_PROVIDERS: ReadonlySet<string> = new Set(["anthropic", "openai", "elevenlabs", "tavily", "brave"]);

export class UnpricedUsageError extends Error {
  constructor(usage: Omit<Usage, "quantity">, setting?: string) {
    super(
      `${usage.provider} ${usage.model} has no price per ${usage.unit} in the price table, so the call was refused rather than charged $0: ` +
        `add one in Admin → Prices or choose a priced model${setting ? ` (this one is chosen by ${setting})` : ""}`,
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

/** Whether a usage bills money: null when it does not, else the setting that chose its model, if known. */
export type Billing = (usage: Omit<Usage, "quantity">) => { setting?: string } | null;

/**
 * The usage that bills money: a hosted provider's, and whatever the configuration's hosted adapters bill
 * (lib/providers/list-billed-units.ts), which adds an OpenAI-compatible server on a public address (a paid gateway)
 * for the units it serves (tokens for the writer, characters for speech), named by the setting that chose it.
 */
export function billingOf(billedUnits: readonly (Omit<Usage, "quantity"> & { setting: string })[] = []): Billing {
  return (usage) => {
    const sameUnit = (b: Omit<Usage, "quantity">) => b.provider === usage.provider && b.unit === usage.unit;
    const billed =
      billedUnits.find((b) => sameUnit(b) && b.model === usage.model) ?? billedUnits.find((b) => sameUnit(b));
    if (billed) return { setting: billed.setting };
    return HOSTED_PROVIDERS.has(usage.provider) ? {} : null;
  };
}

/** The unit price, refusing a billed usage that has no price row (usage that bills nothing, without one, is $0). */
export async function requireUnitPrice(db: Db, usage: Omit<Usage, "quantity">, billing: Billing, at = new Date()) {
  const price = await findUnitPrice(db, usage, at);
  const billed = billing(usage);
  if (price.priceId === null && billed) throw new UnpricedUsageError(usage, billed.setting);
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
