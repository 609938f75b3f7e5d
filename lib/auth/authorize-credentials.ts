import { setTimeout as sleep } from "node:timers/promises";
import { CredentialsSignin } from "next-auth";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";
import { signInSchema } from "@/lib/auth/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { LockScope, SignInLimiter } from "@/lib/auth/sign-in-limiter";
import { verifiedDevice } from "@/lib/auth/sign-in-device";
import { SIGN_IN_CODES, lockedCode } from "@/lib/auth/sign-in-error-message";

/** Refused before the password is checked; the code tells the form until when. */
export class AccountLocked extends CredentialsSignin {
  constructor(
    readonly until: Date,
    readonly scope: LockScope,
  ) {
    super();
    this.code = lockedCode(until, scope);
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
  /** The password check; injectable so a test can count how many attempts reach it. */
  verify?: typeof verifyPassword;
}

/**
 * Checks an email and password: refused while locked, counted as a failure before the check (taken back when right),
 * slowed down by earlier failures of the same email from the same client.
 */
export async function authorizeCredentials(
  db: Db,
  limiter: SignInLimiter,
  raw: unknown,
  ip: string,
  {
    wait = sleep,
    deviceToken = null,
    secret = process.env.AUTH_SECRET,
    verify = verifyPassword,
  }: AuthorizeOptions = {},
): Promise<{ id: string; email: string; name: string; role: Role } | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const client = { ip, device: secret ? verifiedDevice(secret, email, deviceToken) : null };

  // Refused uncounted while locked, so nothing extends a lock.
  const lock = await limiter.check(email, client);
  if (lock) throw new AccountLocked(lock.until, lock.scope);
  // Counted before the password is checked: attempts sent at once cannot all slip in under the threshold.
  const attempt = await limiter.count(email, client);
  if ("lock" in attempt) throw new AccountLocked(attempt.lock.until, attempt.lock.scope);
  const delay = signInDelayMs(attempt.failures);
  if (delay > 0) await wait(delay);

  const user = await db.user.findUnique({ where: { email } });
  const ok = await verify(user?.passwordHash ?? (await (decoyHash ??= hashPassword("decoy"))), password);
  if (!user?.passwordHash || !ok) {
    await limiter.recordFailure(email, client, attempt);
    return null;
  }
  await limiter.recordSuccess(email, client);
  // Said only to someone who knows the password, so it reveals nothing a guesser could use.
  if (user.disabledAt) throw new AccountDisabled();
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
