import type { Db } from "@/lib/db";
import { userIdSchema, type UserIdInput } from "@/lib/auth/schemas";
import { clearSignInFailures } from "@/lib/auth/sign-in-limiter";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";

/** Lets a locked-out person try again at once, from every address: their failed sign-ins are forgotten. */
export async function unlockAccount(db: Db, input: UserIdInput, actorId: string) {
  const { userId } = userIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("That user");
    const cleared = await clearSignInFailures(tx, user.email);
    await recordAudit(tx, { actorId, action: "user.unlock", entityType: "User", entityId: user.id, data: { clearedCounters: cleared } });
    return { id: user.id };
  });
}
