import { z } from "zod";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";
import { idSchema, refuseUnsafeText } from "@/lib/domain/bounded-input";

export const acknowledgeAlertSchema = refuseUnsafeText(z.object({ alertId: idSchema("alert") }));

export async function acknowledgeAlert(db: Db, raw: unknown, user: SessionUser) {
  const { alertId } = acknowledgeAlertSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const updated = await tx.alert.updateMany({
      where: { id: alertId, acknowledgedAt: null },
      data: { acknowledgedAt: new Date(), acknowledgedById: user.id },
    });
    if (updated.count === 0) {
      if (!(await tx.alert.findUnique({ where: { id: alertId } }))) throw new NotFoundError("That alert");
      return { id: alertId }; // someone acknowledged it first
    }
    await recordAudit(tx, { actorId: user.id, action: "alert.acknowledge", entityType: "Alert", entityId: alertId });
    return { id: alertId };
  });
}
