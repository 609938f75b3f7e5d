import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError } from "@/lib/domain/errors";

/**
 * Refuses to demote or disable `userId` when they are the only enabled admin, so someone can always manage people.
 * The enabled admins' rows stay locked until the transaction ends: two admins demoting or disabling each other at
 * once are then decided one after the other, and the second sees the first's change (never zero admins). A disabled
 * admin is not among them, so demoting one is never refused.
 */
export async function refuseRemovingLastAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new ConflictError("This is the last admin; make another user an admin first.");
  }
}
