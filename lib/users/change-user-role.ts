import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeRoleSchema, type ChangeRoleInput } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { refuseRemovingLastAdmin } from "./refuse-removing-last-admin";
import { NotFoundError, ConflictError } from "@/lib/domain/errors";

export function changeUserRole(db: Db, input: ChangeRoleInput, actorId: string) {
  const parsed = changeRoleSchema.parse(input);
  return db.$transaction((tx) => changeUserRoleIn(tx, parsed, actorId));
}

/** The change inside a caller's transaction (PATCH /api/admin/users/[id] changes role and disabled together). */
export async function changeUserRoleIn(
  tx: Prisma.TransactionClient,
  { userId, role }: ChangeRoleInput,
  actorId: string,
) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!user) throw new NotFoundError("That user");
  if (user.role === role) return user;
  if (userId === actorId) throw new ConflictError("You cannot change your own role; ask another admin.");
  if (user.role === "ADMIN") await refuseRemovingLastAdmin(tx, userId);
  const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true } });
  await recordAudit(tx, {
    actorId,
    action: "user.role.change",
    entityType: "User",
    entityId: userId,
    data: { from: user.role, to: role },
  });
  return updated;
}
