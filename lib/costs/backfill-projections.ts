import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tier } from "@/lib/domain/budget";
import type { HostedEquivalents } from "@/lib/domain/hosted-equivalent";
import type { BilledUnit } from "@/lib/providers/billed-unit";
import { billingOf } from "./prices";
import { projectUsage } from "./project-usage";

/** Entries read per pass; a studio's whole history takes several passes, each a short transaction per entry. */
const BATCH = 500;

/**
 * Projects the ledger entries written before every offline usage was projected (speech, transcription and search
 * were once projected at $0), so old episodes' projected costs mean what new ones' do: each free entry with no
 * projection gets the one the meter would give it today, and its episode's projected cost grows by as much. An entry
 * is projected once (its update requires no projection yet, so two processes starting together do not add it twice);
 * one with no priced hosted equivalent stays unprojected. Returns how many entries were projected.
 */
export async function backfillProjections(
  db: Db,
  options: { hostedEquivalents?: HostedEquivalents; billedUnits?: BilledUnit[] } = {},
): Promise<number> {
  const billing = billingOf(options.billedUnits);
  let projectedCount = 0;
  let after = "";
  for (;;) {
    const entries = await db.costEntry.findMany({
      where: { projectedAmount: null, amount: 0, priceId: null, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, episodeId: true, stage: true, provider: true, model: true, unit: true, quantity: true },
    });
    if (entries.length === 0) return projectedCount;
    after = entries.at(-1)!.id;
    for (const entry of entries) {
      const usage = {
        provider: entry.provider,
        model: entry.model,
        unit: entry.unit,
        quantity: entry.quantity.toString(),
      };
      // The run's tier is not on the entry: projected at the standard tier's model, as most runs are.
      const call: { stage: string; tier: Tier } = { stage: entry.stage ?? "", tier: "standard" };
      const projected = await projectUsage(db, usage, call, { billing, ownPriceId: null, ...options });
      if (projected === null || projected.isZero()) continue;
      const amount = new Prisma.Decimal(projected.toString());
      const done = await db.$transaction(async (tx) => {
        const { count } = await tx.costEntry.updateMany({
          where: { id: entry.id, projectedAmount: null },
          data: { projectedAmount: amount },
        });
        if (count === 1 && entry.episodeId)
          await tx.episode.update({ where: { id: entry.episodeId }, data: { projectedCost: { increment: amount } } });
        return count === 1;
      });
      if (done) projectedCount++;
    }
  }
}
