import type { Db } from "@/lib/db";
import { userIdSchema, type UserIdInput } from "@/lib/auth/schemas";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { clearSignInFailures } from "@/lib/auth/sign-in-limiter";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";

/**
 * Replaces a user's password with a generated one (over 100 random bits), ends the sessions signed in with the old
 * one, and unlocks the account. The clear text
 * is returned once, for the admin to hand over; only its hash is stored, and neither the audit entry nor any log
 * holds it.
 */
export async function resetPassword(
  db: Db,
  input: UserIdInput,
  actorId: string,
): Promise<{ id: string; email: string; password: string }> {
  const { userId } = userIdSchema.parse(input);
  // A password only its owner should know is not one to read off an admin page; another admin resets an admin's.
  if (userId === actorId) throw new ConflictError("You cannot reset your own password; ask another admin to reset it.");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new NotFoundError("That user");
    // Whoever knew the old password is signed out too.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidFrom: new Date() } });
    await clearSignInFailures(tx, user.email);
    await recordAudit(tx, { actorId, action: "user.password.reset", entityType: "User", entityId: user.id });
    return { id: user.id, email: user.email, password };
  });
}
