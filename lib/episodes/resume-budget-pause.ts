import Decimal from "decimal.js";
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadScopes } from "@/lib/costs/budget-scopes";
import { getBudgetPolicy } from "@/lib/costs/get-budget-policy";
import { idSchema } from "@/lib/domain/bounded-input";
import { BudgetExceededError, wouldPassCap, type BudgetScope } from "@/lib/domain/budget";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { STATUS_LABELS } from "@/lib/domain/episode-status";
import { hasRole } from "@/lib/domain/roles";
import { money } from "@/lib/costs/schemas";
import type { EpisodeEvents } from "./episode-events";

// Ids as the studio gives them out: anything else names no episode, and never reaches SQL.
const episodeIdSchema = idSchema("episode");

/** An admin's resume of a budget pause, optionally raising the episode's budget (dollars) first. */
export const resumeBudgetSchema = z.object({ budget: money("episode budget").optional() });
export const resumeBudgetActionSchema = resumeBudgetSchema.extend({ episodeId: episodeIdSchema });

export class BudgetStillShortError extends DomainError {
  constructor(message: string) {
    super(message, 422, "budget_still_short");
  }
}

const RAISE: Record<BudgetScope, string> = {
  episode: "Raise the episode's budget, then resume.",
  "show-month": "Raise the show's monthly cap (Admin → Budgets), then resume.",
  "workspace-month": "Raise the workspace's monthly cap (Admin → Budgets), then resume.",
};

// What the pause recorded about the refused call (lib/pipeline/run-lifecycle.ts pauseForBudget).
const refusalSchema = z.object({ stage: z.string(), requested: z.string().nullable() }).partial();

/**
 * An admin resumes an episode paused for budget, optionally raising its budget first. The refused call must fit
 * under every cap now (else nothing changes and the message names the cap to raise), so a resume never just pauses
 * again; the run then re-runs the stage that was refused. The use case sends the resume event itself.
 */
export async function resumeBudgetPause(
  db: Db,
  events: Pick<EpisodeEvents, "resumeAfterBudget">,
  episodeId: string,
  raw: unknown,
  user: SessionUser,
) {
  if (!hasRole(user.role, "ADMIN")) throw new ForbiddenError("Only an admin can resume an episode paused for budget.");
  if (!episodeIdSchema.safeParse(episodeId).success) throw new NotFoundError("That episode");
  const input = resumeBudgetSchema.parse(raw ?? {});

  const resumed = await db.$transaction(async (tx) => {
    // One resume at a time per episode, and no charge to it while its budget is checked.
    await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
    const episode = await tx.episode.findUnique({
      where: { id: episodeId },
      select: { id: true, status: true, budget: true },
    });
    if (!episode) throw new NotFoundError("That episode");
    if (episode.status !== "PAUSED_BUDGET") {
      throw new ConflictError(
        `Only an episode paused for budget can be resumed; this one is ${STATUS_LABELS[episode.status].toLowerCase()}.`,
      );
    }

    const before = new Decimal(episode.budget.toString());
    const budget = input.budget === undefined ? before : new Decimal(input.budget);
    if (budget.lessThan(before))
      throw new BudgetStillShortError(`A resume can only raise the budget; it is $${before.toFixed(2)}.`);
    const { episodeHardCap } = await getBudgetPolicy(tx, episodeId);
    if (episodeHardCap !== null && budget.greaterThan(episodeHardCap)) {
      throw new BudgetStillShortError(
        `The hard cap per episode is $${episodeHardCap}; raise it (Admin → Budgets) first.`,
      );
    }
    if (!budget.equals(before))
      await tx.episode.update({ where: { id: episodeId }, data: { budget: budget.toFixed(2) } });

    const pause = await tx.alert.findFirst({
      where: { episodeId, kind: "budget.paused" },
      orderBy: { createdAt: "desc" },
      select: { data: true },
    });
    const refusal = refusalSchema.safeParse(pause?.data ?? {});
    const stage = (refusal.success && refusal.data.stage) || "the refused stage";
    const requested = new Decimal((refusal.success && refusal.data.requested) || 0);
    const { scopes } = await loadScopes(tx, episodeId);
    for (const s of scopes) {
      const committed = s.charged.plus(s.held);
      if (wouldPassCap(committed, requested, s.cap)) {
        // Thrown inside the transaction: a budget raised here is not kept either, so nothing half-happens.
        throw new BudgetStillShortError(
          `Still paused: ${new BudgetExceededError(s.scope, committed, requested, s.cap).message} ${RAISE[s.scope]}`,
        );
      }
    }

    await tx.episode.update({
      where: { id: episodeId },
      data: { statusReason: `Resumed by ${user.name}: ${stage} runs again.` },
    });
    await tx.alert.updateMany({
      where: { episodeId, kind: { in: ["budget.paused", "budget.refused"] }, acknowledgedAt: null },
      data: { acknowledgedAt: new Date(), acknowledgedById: user.id },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "episode.budget.resume",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
      data: { stage, budgetBefore: before.toFixed(2), budget: budget.toFixed(2) },
    });
    return { id: episodeId, budget: budget.toFixed(2), stage };
  });

  try {
    await events.resumeAfterBudget(episodeId);
  } catch (error) {
    // The episode stays paused (the run resumes only on the event), so resuming again later is safe.
    throw new ConflictError(
      `The pipeline engine could not be reached (${error instanceof Error ? error.message : error}). The budget is saved; resume again when it runs.`,
    );
  }
  return resumed;
}
