import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Failures are counted over this window, from the first one. */
const WINDOW_SECONDS = 15 * 60;
/** A lock lasts this long from the failure that set it; attempts while locked are not counted, so nothing extends it. */
export const LOCK_SECONDS = 15 * 60;

/**
 * Counters, each locking at its own threshold (see docs/decisions.md, "Passwords and sign-in limits"):
 * - pair: one email from one client, the client being a browser that signed in to it before (its device cookie) or
 *   else an address. The lock a person who forgot their password meets; a stranger fills their own pair, not the
 *   owner's.
 * - email: one email from clients it does not know, much higher, so guessing spread over many addresses still ends
 *   (an address adds at most PAIR failures before its own pair locks, so this takes EMAIL / PAIR addresses).
 * - address: one address against any email, so one client cannot try many accounts.
 * A known browser is counted only in its own pair: what strangers do never locks it.
 */
export const SIGN_IN_THRESHOLDS = { pair: 5, email: 50, address: 30 } as const;
export type LockScope = keyof typeof SIGN_IN_THRESHOLDS;

const PREFIX: Record<LockScope, string> = { pair: "signin-pair", email: "signin-email", address: "signin-ip" };

// Emails cannot hold "|" (the sign-in schema refuses it), so `email|` prefixes exactly one email's pairs.
const pairKey = (email: string, ip: string) => `${email}|${ip}`;
const rowKey = (scope: LockScope, key: string) => `${PREFIX[scope]}:${key}`;

/** Who is signing in: their address, and the device id of their browser when it is known for this email. */
export interface SignInClient {
  ip: string;
  device: string | null;
}

export interface SignInLock {
  until: Date;
  scope: LockScope;
}

type RawSql = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/** Counts failed sign-ins in PostgreSQL (so every server process shares them) and locks for a bounded time. */
export function createSignInLimiter(db: Db) {
  const limiters = Object.fromEntries(
    (Object.keys(SIGN_IN_THRESHOLDS) as LockScope[]).map((scope) => [
      scope,
      new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimit",
        duration: WINDOW_SECONDS,
        keyPrefix: PREFIX[scope],
        points: SIGN_IN_THRESHOLDS[scope],
      }),
    ]),
  ) as Record<LockScope, RateLimiterPrisma>;
  const keys = (email: string, { ip, device }: SignInClient): Partial<Record<LockScope, string>> =>
    device ? { pair: pairKey(email, `device:${device}`) } : { pair: pairKey(email, ip), email, address: ip };

  return {
    /** The lock that refuses this attempt (the longest, if several), and how often this pair has failed so far. */
    async check(email: string, client: SignInClient): Promise<{ lock: SignInLock | null; failures: number }> {
      const k = keys(email, client);
      const scopes = Object.keys(k) as LockScope[];
      const rows = await db.rateLimit.findMany({ where: { key: { in: scopes.map((scope) => rowKey(scope, k[scope]!)) }, expire: { gt: new Date() } } });
      const rowOf = (scope: LockScope) => rows.find((r) => r.key === rowKey(scope, k[scope]!));
      let lock: SignInLock | null = null;
      for (const scope of scopes) {
        const row = rowOf(scope);
        if (!row || row.points < SIGN_IN_THRESHOLDS[scope]) continue;
        if (!lock || row.expire! > lock.until) lock = { until: row.expire!, scope };
      }
      return { lock, failures: rowOf("pair")?.points ?? 0 };
    },

    async recordFailure(email: string, client: SignInClient): Promise<void> {
      const k = keys(email, client);
      await Promise.all(
        (Object.keys(k) as LockScope[]).map(async (scope) => {
          const res = await limiters[scope].penalty(k[scope]!);
          // Exactly one failure reaches the threshold (the increments are atomic): it turns the window into a lock.
          if (res.consumedPoints === SIGN_IN_THRESHOLDS[scope]) await limiters[scope].block(k[scope]!, LOCK_SECONDS);
        }),
      );
    },

    /** The right password forgets this client's failures; other clients' failures stay counted. */
    async recordSuccess(email: string, client: SignInClient): Promise<void> {
      await limiters.pair.delete(keys(email, client).pair!);
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;

/** An admin's unlock: forgets every failure counted against this email, from every address. */
export async function clearSignInFailures(db: RawSql, email: string): Promise<number> {
  // starts_with, not LIKE: `_` and `%` are ordinary characters of an email.
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${rowKey("email", email)} OR starts_with(key, ${rowKey("pair", pairKey(email, ""))})`;
}

/**
 * The locks in force on these emails, for the users page: the latest end per email, `email` scope when it locks
 * out every address, `pair` when only some addresses are locked out.
 */
export async function signInLocks(db: RawSql, emails: string[], now = new Date()): Promise<Map<string, SignInLock>> {
  const locks = new Map<string, SignInLock>();
  if (emails.length === 0) return locks;
  const pairPrefix = `${PREFIX.pair}:`;
  const rows = await db.$queryRaw<{ key: string; points: number; expire: Date | null }[]>`
    SELECT key, points, expire FROM "RateLimit"
    WHERE key = ANY(${emails.map((email) => rowKey("email", email))})
       OR (starts_with(key, ${pairPrefix}) AND split_part(substr(key, ${pairPrefix.length + 1}), '|', 1) = ANY(${emails}))`;
  for (const row of rows) {
    const scope: LockScope = row.key.startsWith(pairPrefix) ? "pair" : "email";
    if (!row.expire || row.expire <= now || row.points < SIGN_IN_THRESHOLDS[scope]) continue;
    const rest = row.key.slice(PREFIX[scope].length + 1);
    const email = scope === "email" ? rest : rest.slice(0, rest.indexOf("|"));
    const current = locks.get(email);
    // Locked out everywhere outranks locked out from some addresses.
    if (!current || (scope === "email" && current.scope !== "email") || (scope === current.scope && row.expire > current.until)) {
      locks.set(email, { until: row.expire, scope });
    }
  }
  return locks;
}
