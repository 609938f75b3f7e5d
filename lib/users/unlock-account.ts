import type { Db } from "@/lib/db";
import { emailSchema, userIdSchema, type UserIdInput } from "@/lib/auth/schemas";
import { clearSignInFailures } from "@/lib/auth/sign-in-limiter";
import { recordAudit } from "@/lib/audit/record-audit";
import { NotFoundError } from "@/lib/domain/errors";

type Where = { id: string } | { email: string };

/** Forgets the user's failed sign-ins (from every address) and audits who did it. */
async function unlock(db: Db, where: Where, actorId: string | null, via?: "cli") {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("That user");
    const cleared = await clearSignInFailures(tx, user.email);
    await recordAudit(tx, {
      actorId,
      action: "user.unlock",
      entityType: "User",
      entityId: user.id,
      data: { clearedCounters: cleared, ...(via ? { via } : {}) },
    });
    return { id: user.id, email: user.email, clearedCounters: cleared };
  });
}

/** Lets a locked-out person try again at once, from every address: their failed sign-ins are forgotten. */
export async function unlockAccount(db: Db, input: UserIdInput, actorId: string) {
  const { userId } = userIdSchema.parse(input);
  const { id } = await unlock(db, { id: userId }, actorId);
  return { id };
}

/** The same from the command line (`npm run accounts -- unlock <email>`), for a sole admin locked out: no actor. */
export async function unlockAccountByEmail(db: Db, email: string) {
  return unlock(db, { email: emailSchema.parse(email) }, null, "cli");
}
