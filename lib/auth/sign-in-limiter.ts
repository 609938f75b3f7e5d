import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addressKey } from "@/lib/net/address-key";
import { UNKNOWN_CLIENT } from "@/lib/http/client-address";

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

/** An attempt counted before its password is checked: how often this pair had failed before, and the scopes it filled. */
export interface CountedAttempt {
  failures: number;
  filled: LockScope[];
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
  // An IPv6 client is its /64; a request without a readable address is counted by its email alone, not against a
  // shared "unknown" address every such request would fill.
  const keys = (email: string, { ip, device }: SignInClient): Partial<Record<LockScope, string>> => {
    if (device) return { pair: pairKey(email, `device:${device}`) };
    const address = addressKey(ip);
    return address
      ? { pair: pairKey(email, address), email, address }
      : { pair: pairKey(email, UNKNOWN_CLIENT), email };
  };
  const scopesOf = (k: Partial<Record<LockScope, string>>) => Object.keys(k) as LockScope[];

  return {
    /** The lock in force on this attempt (the longest, if several), read without counting anything. */
    async check(email: string, client: SignInClient): Promise<SignInLock | null> {
      const k = keys(email, client);
      const rows = await db.rateLimit.findMany({
        where: { key: { in: scopesOf(k).map((scope) => rowKey(scope, k[scope]!)) }, expire: { gt: new Date() } },
      });
      let lock: SignInLock | null = null;
      for (const scope of scopesOf(k)) {
        const row = rows.find((r) => r.key === rowKey(scope, k[scope]!));
        if (!row || row.points < SIGN_IN_THRESHOLDS[scope]) continue;
        if (!lock || row.expire! > lock.until) lock = { until: row.expire!, scope };
      }
      return lock;
    },

    /**
     * Counts this attempt as a failure before its password is checked, each increment atomic, so attempts sent at
     * once are numbered one after the other: one past a threshold is refused instead of being checked (and its counts
     * taken back, so it counts nothing), so no more than the threshold are ever checked.
     */
    async count(email: string, client: SignInClient): Promise<{ lock: SignInLock } | CountedAttempt> {
      const k = keys(email, client);
      const counted = await Promise.all(
        scopesOf(k).map(async (scope) => ({ scope, res: await penalty(scope, k[scope]!) })),
      );
      const over = counted.filter(({ scope, res }) => res.consumedPoints > SIGN_IN_THRESHOLDS[scope]);
      if (over.length > 0) {
        await takeBack(k);
        const longest = over.reduce((a, b) => (b.res.msBeforeNext > a.res.msBeforeNext ? b : a));
        return { lock: { until: new Date(Date.now() + longest.res.msBeforeNext), scope: longest.scope } };
      }
      return {
        failures: counted.find((c) => c.scope === "pair")!.res.consumedPoints - 1,
        filled: counted
          .filter(({ scope, res }) => res.consumedPoints === SIGN_IN_THRESHOLDS[scope])
          .map((c) => c.scope),
      };
    },

    /**
     * A wrong password: the attempt stays counted, and the one that filled a counter turns its window into a lock of
     * LOCK_SECONDS from now. Only the end moves: the count stays what was counted, so attempts still being taken back
     * cannot lower it under the threshold.
     */
    async recordFailure(email: string, client: SignInClient, { filled }: CountedAttempt): Promise<void> {
      const k = keys(email, client);
      const until = new Date(Date.now() + LOCK_SECONDS * 1000);
      await Promise.all(
        filled.map((scope) =>
          db.rateLimit.updateMany({ where: { key: rowKey(scope, k[scope]!) }, data: { expire: until } }),
        ),
      );
    },

    /** The right password forgets this pair's failures and takes back this attempt's other counts. */
    async recordSuccess(email: string, client: SignInClient): Promise<void> {
      const k = keys(email, client);
      await Promise.all([limiters.pair.delete(k.pair!), takeBack({ ...k, pair: undefined })]);
    },
  };

  /**
   * Counts one failure. Attempts arriving together race to create a counter's row (the library reads, then creates or
   * updates): the one that loses the race finds the row there and counts again, rather than failing the sign-in.
   */
  async function penalty(scope: LockScope, key: string) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await limiters[scope].penalty(key);
      } catch (error) {
        const raced =
          error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2034");
        if (!raced || attempt === 3) throw error;
      }
    }
  }

  /**
   * Takes one attempt back from each counter; never below zero (an admin's unlock may have deleted the row meanwhile).
   * One statement per row: a statement locking several rows could deadlock with another attempt's taking back.
   */
  async function takeBack(k: Partial<Record<LockScope, string>>): Promise<void> {
    const rowKeys = scopesOf(k).flatMap((scope) => (k[scope] ? [rowKey(scope, k[scope])] : []));
    for (const key of rowKeys) {
      await db.rateLimit.updateMany({ where: { key, points: { gt: 0 } }, data: { points: { decrement: 1 } } });
    }
  }
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
    if (
      !current ||
      (scope === "email" && current.scope !== "email") ||
      (scope === current.scope && row.expire > current.until)
    ) {
      locks.set(email, { until: row.expire, scope });
    }
  }
  return locks;
}

/** The addresses locked out of signing in to any account (IPv4 addresses and IPv6 /64s), the latest lock last. */
export async function signInAddressLocks(db: RawSql, now = new Date()): Promise<{ address: string; until: Date }[]> {
  const rows = await db.$queryRaw<{ key: string; expire: Date }[]>`
    SELECT key, expire FROM "RateLimit"
    WHERE starts_with(key, ${rowKey("address", "")}) AND points >= ${SIGN_IN_THRESHOLDS.address} AND expire > ${now}
    ORDER BY expire, key LIMIT 500`;
  return rows.map((row) => ({ address: row.key.slice(rowKey("address", "").length), until: row.expire }));
}

/** An admin's unlock of an address: forgets its failures against any email (its per-email pairs included). */
export async function clearAddressFailures(db: RawSql, address: string): Promise<number> {
  return db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${rowKey("address", address)} OR (starts_with(key, ${rowKey("pair", "")}) AND split_part(key, '|', 2) = ${address})`;
}
