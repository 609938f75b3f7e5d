import type { Db } from "@/lib/db";
import { changeRoleSchema, type ChangeRoleInput } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { countEnabledAdmins } from "./count-enabled-admins";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";

export async function changeUserRole(db: Db, input: ChangeRoleInput, actorId: string) {
  const { userId, role } = changeRoleSchema.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
    if (!user) throw new NotFoundError("That user");
    if (user.role === role) return user;
    if (userId === actorId) throw new ConflictError("You cannot change your own role; ask another admin.");
    // Keep at least one admin, or nobody could ever manage users again.
    if (user.role === "ADMIN") {
      const admins = await countEnabledAdmins(tx);
      if (admins <= 1) throw new ConflictError("This is the last admin; make another user an admin first.");
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, role: true } });
    await recordAudit(tx, {
      actorId,
      action: "user.role.change",
      entityType: "User",
      entityId: userId,
      data: { from: user.role, to: role },
    });
    return updated;
  });
}
