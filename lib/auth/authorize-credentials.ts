import { CredentialsSignin } from "next-auth";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { signInSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SignInLimiter } from "@/lib/auth/sign-in-limiter";

export class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function authorizeCredentials(
  db: Db,
  limiter: SignInLimiter,
  raw: unknown,
  ip: string,
): Promise<{ id: string; email: string; name: string; role: Role } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  if (await limiter.isBlocked(email, ip)) throw new TooManyAttempts();

  const user = await db.user.findUnique({ where: { email } });
  const usable = user && user.passwordHash && !user.disabledAt;
  const ok = await verifyPassword(usable ? user.passwordHash! : await (decoyHash ??= hashPassword("decoy")), password);
  if (!usable || !ok) {
    await limiter.recordFailure(email, ip);
    return null;
  }
  await limiter.recordSuccess(email);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
