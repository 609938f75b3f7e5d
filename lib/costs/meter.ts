import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BudgetExceededError, crossedThresholds, wouldPassCap } from "@/lib/domain/budget";
import { raiseAlert } from "@/lib/alerts/raise-alert";
import { findUnitPrice, type Usage } from "./prices";

export interface MeterScope {
  episodeId: string;
  stageRunId: string;
  stage: string;
  attempt: number;
}

export interface Meter {
  /** Refuses, before the call is made, a call whose estimated usage would pass the episode's hard cap. */
  authorize(estimate: Usage[]): Promise<void>;
  /** Writes the call's measured usage to the ledger, once per (step, attempt, call index). Returns the amount. */
  charge(usage: Usage): Promise<Decimal>;
}

async function lockEpisode(tx: Prisma.TransactionClient, episodeId: string) {
  const rows = await tx.$queryRaw<{ costTotal: string; budget: string; showId: string }[]>`
    select "costTotal"::text, "budget"::text, "showId" from "Episode" where id = ${episodeId} for update`;
  if (!rows[0]) throw new Error(`Episode ${episodeId} does not exist`);
  return { spent: new Decimal(rows[0].costTotal), cap: new Decimal(rows[0].budget), showId: rows[0].showId };
}

export function createMeter(db: Db, scope: MeterScope): Meter {
  let callIndex = 0;

  async function price(usage: Usage) {
    const { unitPrice, priceId } = await findUnitPrice(db, usage);
    return { unitPrice, priceId, amount: unitPrice.times(usage.quantity).toDecimalPlaces(6, Decimal.ROUND_UP) };
  }

  return {
    async authorize(estimate) {
      const amounts = await Promise.all(estimate.map(price));
      const total = amounts.reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
      const episode = await db.episode.findUniqueOrThrow({ where: { id: scope.episodeId }, select: { costTotal: true, budget: true } });
      if (wouldPassCap(episode.costTotal.toString(), total, episode.budget.toString())) {
        throw new BudgetExceededError(scope.episodeId, new Decimal(episode.costTotal.toString()), total, new Decimal(episode.budget.toString()));
      }
    },

    async charge(usage) {
      const idempotencyKey = `${scope.stageRunId}:${scope.attempt}:${callIndex++}`;
      const { unitPrice, priceId, amount } = await price(usage);
      return db.$transaction(async (tx) => {
        const existing = await tx.costEntry.findUnique({ where: { idempotencyKey } });
        if (existing) return new Decimal(existing.amount.toString()); // a re-executed step: already charged

        // The row lock serialises charges of one episode, so parallel steps cannot both slip under the cap.
        const { spent, cap, showId } = await lockEpisode(tx, scope.episodeId);
        await tx.costEntry.create({
          data: {
            idempotencyKey,
            episodeId: scope.episodeId,
            stageRunId: scope.stageRunId,
            stage: scope.stage,
            provider: usage.provider,
            model: usage.model,
            unit: usage.unit,
            quantity: new Prisma.Decimal(new Decimal(usage.quantity).toString()),
            unitPrice: new Prisma.Decimal(unitPrice.toString()),
            amount: new Prisma.Decimal(amount.toString()),
            priceId,
          },
        });
        if (amount.isZero()) return amount;
        await tx.episode.update({ where: { id: scope.episodeId }, data: { costTotal: { increment: amount.toString() } } });
        await tx.stageRun.update({ where: { id: scope.stageRunId }, data: { cost: { increment: amount.toString() } } });

        const policy =
          (await tx.budgetPolicy.findUnique({ where: { showId } })) ?? (await tx.budgetPolicy.findFirst({ where: { showId: null } }));
        for (const pct of crossedThresholds(spent, spent.plus(amount), cap, policy?.alertThresholds ?? [80, 100])) {
          await raiseAlert(tx, {
            kind: "budget.threshold",
            severity: pct >= 100 ? "CRITICAL" : "WARNING",
            episodeId: scope.episodeId,
            message: `Episode spend reached ${pct}% of its $${cap.toFixed(2)} budget.`,
            data: { percent: pct, spent: spent.plus(amount).toString(), cap: cap.toString() },
            dedupeKey: `budget:${scope.episodeId}:${pct}`,
          });
        }
        return amount;
      });
    },
  };
}
