import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { checkWebhookUrl } from "@/lib/alerts/check-webhook-url";
import type { ResolveHost } from "@/lib/net/resolve-public-address";
import { budgetPolicySchema } from "./schemas";

/**
 * Creates or updates the workspace's budget policy, or a show's own. Takes effect for the next metered call. A
 * webhook whose host resolves to an internal address is refused here (`resolve` replaces DNS in tests).
 */
export async function saveBudgetPolicy(
  db: Db,
  raw: unknown,
  user: SessionUser,
  options: { resolve?: ResolveHost } = {},
) {
  const { showId, alertThresholds, ...fields } = budgetPolicySchema.parse(raw);
  if (fields.alertWebhookUrl) await checkWebhookUrl(fields.alertWebhookUrl, options);
  const data = {
    ...fields,
    alertThresholds: [...new Set(alertThresholds)].sort((a, b) => a - b),
    updatedById: user.id,
  };
  return db.$transaction(async (tx) => {
    if (showId && !(await tx.show.count({ where: { id: showId } }))) throw new NotFoundError("That show");
    // The workspace policy is the one row whose showId is null (a unique index does not cover nulls).
    const existing = await tx.budgetPolicy.findFirst({ where: { showId }, select: { id: true } });
    const policy = existing
      ? await tx.budgetPolicy.update({ where: { id: existing.id }, data })
      : await tx.budgetPolicy.create({ data: { ...data, showId } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "budget.update",
      entityType: "BudgetPolicy",
      entityId: policy.id,
      data: { showId, ...data, updatedById: undefined },
    });
    return policy;
  });
}
