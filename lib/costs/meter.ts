import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BudgetExceededError, crossedThresholds, wouldPassCap, type BudgetScope, type Tier } from "@/lib/domain/budget";
import { raiseAlert } from "@/lib/alerts/raise-alert";
import { postAlertWebhook, type AlertWebhookOptions } from "@/lib/alerts/post-alert-webhook";
import { billingOf, requireUnitPrice } from "./prices";
import { priceUsage } from "./price-usage";
import { projectUsage } from "./project-usage";
import type { BilledUnit } from "@/lib/providers/billed-unit";
import { type Usage } from "@/lib/domain/usage";
import type { HostedEquivalents } from "@/lib/domain/hosted-equivalent";
import { projectedCost } from "@/lib/domain/projected-cost";
import { loadScopes } from "./budget-scopes";

export interface MeterScope {
  episodeId: string;
  stageRunId: string;
  stage: string;
  attempt: number;
  /** The run's tier: the writer's offline usage is projected at the model the hosted writer would pick for it. */
  tier?: Tier;
  /** Recorded on this meter's budget holds, so they are released if the process dies (lib/costs/hold-owner.ts). */
  holdOwner?: string;
}

/** A charge for an attempt that has ended (or been superseded): refused, so the ledger stays within its attempt. */
export class AttemptEndedError extends Error {
  constructor(stage: string, attempt: number) {
    super(`Not charged: attempt ${attempt} of ${stage} has ended.`);
    this.name = "AttemptEndedError";
  }
}

export interface Meter {
  /**
   * Refuses, before the call is made, a call whose estimated cost would pass any cap (episode, show month,
   * workspace month); otherwise holds that amount until `release`.
   */
  authorize(estimate: Usage[]): Promise<{ holdId: string }>;
  /**
   * Writes the call's measured usage to the ledger, once per (step, attempt, call): the call is named by `callKey`
   * when its identity does not follow from the order of calls (a line whose stored take is reused makes no call, so
   * a re-executed step's later calls would otherwise take the indices of earlier ones), else by its index.
   */
  charge(usage: Usage, callKey?: string): Promise<Decimal>;
  release(hold: { holdId: string }): Promise<void>;
  /** Resolves once every authorisation, charge and release begun so far has finished. */
  settled(): Promise<void>;
}

// Authorisations of all episodes are serialised, so two parallel calls cannot both fit under one remaining amount.
const BUDGET_LOCK = 0x5e0b0d6e;
const HOLD_TTL_MS = 15 * 60_000;

const SCOPE_TITLES: Record<BudgetScope, string> = {
  episode: "Episode",
  "show-month": "Show monthly",
  "workspace-month": "Monthly",
};

export interface MeterOptions {
  webhook?: AlertWebhookOptions;
  /** The hosted models the configuration would bill (lib/providers/list-hosted-equivalents.ts); else the defaults. */
  hostedEquivalents?: HostedEquivalents;
  /**
   * What the configured hosted adapters bill (lib/providers/list-billed-units.ts): usage of a paid OpenAI-compatible
   * gateway is then priced and refused unpriced like a hosted provider's. Without it, only HOSTED_PROVIDERS bill.
   */
  billedUnits?: BilledUnit[];
}

export function createMeter(db: Db, scope: MeterScope, options: MeterOptions = {}): Meter {
  let callIndex = 0;
  const billing = billingOf(options.billedUnits);

  // A billed usage with no price (a hosted model, a paid gateway's) is refused here as a last line of defence, before
  // the call when its estimate is authorised (the start-up check names the variable first); a projection only shows
  // what a price would be, so a missing one there is $0 (and reported at start: findUnpricedProjections).
  const price = (usage: Usage) => priceUsage(usage, (u) => requireUnitPrice(db, u, billing));

  const projectedAmount = (usage: Usage, own: { priceId: string | null }) =>
    projectUsage(
      db,
      usage,
      { stage: scope.stage, tier: scope.tier ?? "standard" },
      { billing, ownPriceId: own.priceId, hostedEquivalents: options.hostedEquivalents },
    );

  function holdBudget(total: Decimal) {
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${BUDGET_LOCK})`;
      const now = new Date();
      await tx.budgetHold.deleteMany({ where: { expiresAt: { lte: now } } });
      const { showId, scopes } = await loadScopes(tx, scope.episodeId, now);
      for (const s of scopes) {
        const committed = s.charged.plus(s.held);
        if (wouldPassCap(committed, total, s.cap)) throw new BudgetExceededError(s.scope, committed, total, s.cap);
      }
      const hold = await tx.budgetHold.create({
        data: {
          episodeId: scope.episodeId,
          showId,
          amount: total.toString(),
          owner: scope.holdOwner,
          expiresAt: new Date(now.getTime() + HOLD_TTL_MS),
        },
      });
      return { holdId: hold.id };
    });
  }

  const calls: Omit<Meter, "settled"> = {
    async authorize(estimate) {
      const amounts = await Promise.all(estimate.map((usage) => price(usage)));
      const total = amounts.reduce((sum, a) => sum.plus(a.amount), new Decimal(0));
      try {
        return await holdBudget(total);
      } catch (error) {
        if (error instanceof BudgetExceededError) {
          await raiseAlert(db, {
            kind: "budget.refused",
            severity: "CRITICAL",
            episodeId: scope.episodeId,
            message: `A ${scope.stage} call was refused before it was made: ${error.message}`,
            data: { scope: error.scope, requested: error.requested.toString(), cap: error.cap.toString() },
            dedupeKey: `budget.refused:${scope.stageRunId}:${error.scope}`,
          });
        }
        throw error;
      }
    },

    async release({ holdId }) {
      await db.budgetHold.deleteMany({ where: { id: holdId } });
    },

    async charge(usage, callKey) {
      const idempotencyKey = `${scope.stageRunId}:${scope.attempt}:${callKey ?? callIndex++}`;
      const { unitPrice, priceId, amount } = await price(usage);
      const projected = await projectedAmount(usage, { priceId });
      const { result, newAlerts, webhookUrl } = await db.$transaction(async (tx) => {
        const existing = await tx.costEntry.findUnique({ where: { idempotencyKey } });
        // A re-executed step: already charged.
        if (existing) return { result: new Decimal(existing.amount.toString()), newAlerts: [], webhookUrl: null };
        // The StageRun row is locked first, so the charge and the end of its attempt (runStage) cannot interleave.
        const [open] = await tx.$queryRaw<
          unknown[]
        >`select id from "StageRun" where id = ${scope.stageRunId} and attempt = ${scope.attempt} and "endedAt" is null for update`;
        if (!open) throw new AttemptEndedError(scope.stage, scope.attempt);

        await tx.$queryRaw`select id from "Episode" where id = ${scope.episodeId} for update`;
        const before = await loadScopes(tx, scope.episodeId);
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
            projectedAmount: projected === null ? null : new Prisma.Decimal(projected.toString()),
            priceId,
          },
        });
        const hosted = projectedCost({ amount, projectedAmount: projected });
        if (!hosted.isZero()) {
          await tx.episode.update({
            where: { id: scope.episodeId },
            data: { projectedCost: { increment: hosted.toString() } },
          });
        }
        if (amount.isZero()) return { result: amount, newAlerts: [], webhookUrl: null };
        await tx.episode.update({
          where: { id: scope.episodeId },
          data: { costTotal: { increment: amount.toString() } },
        });
        await tx.stageRun.update({ where: { id: scope.stageRunId }, data: { cost: { increment: amount.toString() } } });

        const raised = [];
        const period = new Date().toISOString().slice(0, 7);
        for (const s of before.scopes) {
          for (const pct of crossedThresholds(s.charged, s.charged.plus(amount), s.cap, before.thresholds)) {
            const key =
              s.scope === "episode"
                ? `budget:${scope.episodeId}:${pct}`
                : `budget:${s.scope}:${s.scope === "show-month" ? before.showId : "all"}:${period}:${pct}`;
            raised.push(
              await raiseAlert(tx, {
                kind: "budget.threshold",
                severity: pct >= 100 ? "CRITICAL" : "WARNING",
                episodeId: s.scope === "episode" ? scope.episodeId : undefined,
                message: `${SCOPE_TITLES[s.scope]} spend reached ${pct}% of its $${s.cap.toFixed(2)} cap ($${s.charged.plus(amount).toFixed(2)}).`,
                data: { scope: s.scope, percent: pct, spent: s.charged.plus(amount).toString(), cap: s.cap.toString() },
                dedupeKey: key,
              }),
            );
          }
        }
        return {
          result: amount,
          newAlerts: raised.filter((r) => r.created).map((r) => r.alert),
          webhookUrl: before.webhookUrl,
        };
      });
      if (webhookUrl) for (const alert of newAlerts) await postAlertWebhook(webhookUrl, alert, options.webhook);
      return result;
    },
  };

  // In flight, so runStage can wait for them before it stamps the attempt's end.
  const pending = new Set<Promise<unknown>>();
  function track<T>(work: Promise<T>): Promise<T> {
    pending.add(work);
    void work.catch(() => undefined).finally(() => pending.delete(work));
    return work;
  }
  return {
    authorize: (estimate) => track(calls.authorize(estimate)),
    charge: (usage, callKey) => track(calls.charge(usage, callKey)),
    release: (hold) => track(calls.release(hold)),
    async settled() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}
