import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { changeUserRoleIn } from "./change-user-role";
import { setUserDisabledIn } from "./set-user-disabled";

/** Changes a user's role and/or disabled state in one transaction: both happen, or (when either is refused) neither. */
export function updateUser(
  db: Db,
  { userId, role, disabled }: { userId: string; role?: Role; disabled?: boolean },
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    if (role !== undefined) await changeUserRoleIn(tx, { userId, role }, actorId);
    if (disabled !== undefined) await setUserDisabledIn(tx, { userId, disabled }, actorId);
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } });
  });
}
