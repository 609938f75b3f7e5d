import type { Prisma } from "@/lib/generated/prisma/client";
import type { BudgetScope } from "@/lib/domain/budget";
import { toMoney, type Money } from "@/lib/domain/money";

export interface ScopeState {
  scope: BudgetScope;
  cap: Money;
  /** Charged so far (the ledger). */
  charged: Money;
  /** Promised to calls in flight. */
  held: Money;
}

export function monthStart(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * Every cap a charge to this episode counts against: the episode's budget, its show's monthly cap (when the show
 * has a policy) and the workspace's monthly cap, each with what is charged and what is held.
 */
export async function loadScopes(tx: Prisma.TransactionClient, episodeId: string, now = new Date()) {
  const episode = await tx.episode.findUniqueOrThrow({
    where: { id: episodeId },
    select: { showId: true, costTotal: true, budget: true },
  });
  const since = monthStart(now);
  const [showPolicy, workspacePolicy] = await Promise.all([
    tx.budgetPolicy.findUnique({ where: { showId: episode.showId } }),
    tx.budgetPolicy.findFirst({ where: { showId: null } }),
  ]);
  const sumHolds = async (where: Prisma.BudgetHoldWhereInput) =>
    toMoney(
      (await tx.budgetHold.aggregate({ where: { ...where, expiresAt: { gt: now } }, _sum: { amount: true } }))._sum
        .amount,
    );
  const sumCharges = async (where: Prisma.CostEntryWhereInput) =>
    toMoney(
      (await tx.costEntry.aggregate({ where: { ...where, createdAt: { gte: since } }, _sum: { amount: true } }))._sum
        .amount,
    );

  const scopes: ScopeState[] = [
    {
      scope: "episode",
      cap: toMoney(episode.budget),
      charged: toMoney(episode.costTotal),
      held: await sumHolds({ episodeId }),
    },
  ];
  if (showPolicy) {
    scopes.push({
      scope: "show-month",
      cap: toMoney(showPolicy.monthlyCap),
      charged: await sumCharges({ episode: { showId: episode.showId } }),
      held: await sumHolds({ showId: episode.showId }),
    });
  }
  if (workspacePolicy) {
    scopes.push({
      scope: "workspace-month",
      cap: toMoney(workspacePolicy.monthlyCap),
      charged: await sumCharges({}),
      held: await sumHolds({}),
    });
  }
  return {
    showId: episode.showId,
    scopes,
    thresholds: showPolicy?.alertThresholds ?? workspacePolicy?.alertThresholds ?? [80, 100],
    webhookUrl: showPolicy?.alertWebhookUrl ?? workspacePolicy?.alertWebhookUrl ?? null,
  };
}
