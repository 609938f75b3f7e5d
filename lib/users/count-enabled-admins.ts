import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * How many enabled admins there are, their rows locked until the transaction ends: two admins demoting or disabling
 * each other at once are then decided one after the other, and the second sees the first's change (never zero admins).
 */
export async function countEnabledAdmins(tx: Prisma.TransactionClient): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL FOR UPDATE`;
  return rows.length;
}
