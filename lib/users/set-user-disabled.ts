import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { setUserDisabledSchema, type SetUserDisabledInput } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { refuseRemovingLastAdmin } from "./refuse-removing-last-admin";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";

/**
 * Disables or re-enables a user. A disabled user cannot sign in, and their open sessions are refused at the next
 * request (the session's user is re-read from the database on every request). No admin can disable themself, nor
 * the last enabled admin, so someone can always manage people.
 */
export function setUserDisabled(db: Db, input: SetUserDisabledInput, actorId: string) {
  const parsed = setUserDisabledSchema.parse(input);
  return db.$transaction((tx) => setUserDisabledIn(tx, parsed, actorId));
}

/** The change inside a caller's transaction (PATCH /api/admin/users/[id] changes role and disabled together). */
export async function setUserDisabledIn(
  tx: Prisma.TransactionClient,
  { userId, disabled }: SetUserDisabledInput,
  actorId: string,
) {
  if (disabled && userId === actorId)
    throw new ConflictError("You cannot disable your own account; ask another admin.");
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } });
  if (!user) throw new NotFoundError("That user");
  if (Boolean(user.disabledAt) === disabled) return { id: user.id, disabledAt: user.disabledAt };
  if (disabled && user.role === "ADMIN") await refuseRemovingLastAdmin(tx, userId);
  const updated = await tx.user.update({
    where: { id: user.id },
    // Sessions from before a disable stay refused after a re-enable: the person signs in again.
    data: disabled ? { disabledAt: new Date(), sessionsValidFrom: new Date() } : { disabledAt: null },
    select: { id: true, disabledAt: true },
  });
  await recordAudit(tx, {
    actorId,
    action: disabled ? "user.disable" : "user.enable",
    entityType: "User",
    entityId: user.id,
  });
  return updated;
}
