import { setTimeout as sleep } from "node:timers/promises";
import { CredentialsSignin } from "next-auth";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";
import { signInSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SignInLimiter } from "@/lib/auth/sign-in-limiter";
import { verifiedDevice } from "@/lib/auth/sign-in-device";
import { SIGN_IN_CODES, lockedCode } from "@/lib/auth/sign-in-error-message";

/** Refused before the password is checked; the code tells the form until when. */
export class AccountLocked extends CredentialsSignin {
  constructor(readonly until: Date) {
    super();
    this.code = lockedCode(until);
  }
}

/** The right password for a disabled account. */
export class AccountDisabled extends CredentialsSignin {
  code = SIGN_IN_CODES.disabled;
}

// Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export interface AuthorizeOptions {
  /** Injectable so tests neither sleep nor depend on time. */
  wait?: (ms: number) => Promise<unknown>;
  /** The request's device cookie, and the secret it is checked with (sign-in-device.ts). */
  deviceToken?: string | null;
  secret?: string;
}

/**
 * Checks an email and password: refused while locked, slowed down by earlier failures of the same email from the
 * same client, counted when wrong.
 */
export async function authorizeCredentials(
  db: Db,
  limiter: SignInLimiter,
  raw: unknown,
  ip: string,
  { wait = sleep, deviceToken = null, secret = process.env.AUTH_SECRET }: AuthorizeOptions = {},
): Promise<{ id: string; email: string; name: string; role: Role } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const client = { ip, device: secret ? verifiedDevice(secret, email, deviceToken) : null };

  const { lock, failures } = await limiter.check(email, client);
  if (lock) throw new AccountLocked(lock.until);
  const delay = signInDelayMs(failures);
  if (delay > 0) await wait(delay);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy"))), password);
  if (!user?.passwordHash || !ok) {
    await limiter.recordFailure(email, client);
    return null;
  }
  // Said only to someone who knows the password, so it reveals nothing a guesser could use.
  if (user.disabledAt) throw new AccountDisabled();
  await limiter.recordSuccess(email, client);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
