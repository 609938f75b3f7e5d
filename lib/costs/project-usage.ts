import type Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import type { Tier } from "@/lib/domain/budget";
import type { Usage } from "@/lib/domain/usage";
import { hostedEquivalentOf, type HostedEquivalents } from "@/lib/domain/hosted-equivalent";
import { findUnitPrice, type Billing } from "./prices";
import { DEFAULT_HOSTED_EQUIVALENTS } from "./default-prices";
import { priceUsage } from "./price-usage";

/**
 * What usage that bills nothing (offline, a local server) would cost on the hosted model the configuration would
 * use for the same work (shown as a projection, never charged); null for billed usage and for usage with a price of
 * its own, whose amount is real, and when no hosted model for it has a price. A configured target with no price
 * (reported at start) falls back to the documented default's price, not $0.
 */
export async function projectUsage(
  db: Db,
  usage: Usage,
  call: { stage: string; tier: Tier },
  options: { billing: Billing; ownPriceId: string | null; hostedEquivalents?: HostedEquivalents },
): Promise<Decimal | null> {
  if (options.billing(usage) || options.ownPriceId !== null || process.env.SHOWRUNNER_PROJECT_COSTS === "off")
    return null;
  for (const equivalents of [options.hostedEquivalents, DEFAULT_HOSTED_EQUIVALENTS]) {
    const target = equivalents && hostedEquivalentOf(usage, call, equivalents);
    if (!target) continue;
    const projected = await priceUsage({ ...usage, ...target }, (u) => findUnitPrice(db, u));
    if (projected.priceId !== null) return projected.amount;
  }
  return null;
}
