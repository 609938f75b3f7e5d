import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { AccountDisabled, AccountLocked, authorizeCredentials } from "./authorize-credentials";
import { issueDeviceToken } from "./sign-in-device";
import { clearSignInFailures, createSignInLimiter, LOCK_SECONDS, SIGN_IN_THRESHOLDS, signInLocks } from "./sign-in-limiter";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  for (const email of ["kim@example.com", "lee@example.com", "max@example.com", "noa@example.com", "kim_x@example.com", "own@example.com"]) {
    await createUser(db, { email, name: email.split("@")[0]!, role: "EDITOR", password: "right password!" }, null);
  }
});

/** Records the delays instead of sleeping through them. */
function recordedWaits() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

const SECRET = "test-secret";
const signIn = (limiter: ReturnType<typeof createSignInLimiter>, email: string, password: string, ip: string, wait: (ms: number) => Promise<unknown>, deviceToken: string | null = null) =>
  authorizeCredentials(db, limiter, { email, password }, ip, { wait, deviceToken, secret: SECRET });

describe("authorizeCredentials", () => {
  it("returns the user and role for the right password, without waiting", async () => {
    const { waits, wait } = recordedWaits();
    const user = await signIn(createSignInLimiter(db), "KIM@example.com", "right password!", "10.0.0.1", wait);
    expect(user).toMatchObject({ email: "kim@example.com", role: "EDITOR" });
    expect(waits).toEqual([]);
  });

  it("waits longer after each failure, then locks the email from that address for a bounded time, even with the right password", async () => {
    const limiter = createSignInLimiter(db);
    const { waits, wait } = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) expect(await signIn(limiter, "lee@example.com", "wrong", "10.0.0.2", wait)).toBeNull();
    expect(waits).toEqual([500, 1000, 2000, 4000]);

    const before = Date.now();
    const locked = await signIn(limiter, "lee@example.com", "right password!", "10.0.0.2", wait).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(AccountLocked);
    const until = (locked as AccountLocked).until.getTime();
    expect(until).toBeGreaterThan(before + (LOCK_SECONDS - 5) * 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + LOCK_SECONDS * 1000);
    expect((locked as AccountLocked).code).toBe(`locked:${new Date(until).toISOString()}`);

    // Attempts while locked are refused uncounted: they neither extend the lock nor wait.
    for (let i = 0; i < 3; i++) await expect(signIn(limiter, "lee@example.com", "wrong", "10.0.0.2", wait)).rejects.toBeInstanceOf(AccountLocked);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "signin-pair:lee@example.com|10.0.0.2" } });
    expect(row.points).toBe(SIGN_IN_THRESHOLDS.pair + 1);
    expect(row.expire!.getTime()).toBe(until);
    expect(await signInLocks(db, ["lee@example.com"])).toEqual(new Map([["lee@example.com", { until: new Date(until), scope: "pair" }]]));
    expect(waits).toHaveLength(4);
  });

  it("a stranger's failures from another address do not lock the owner out, nor slow them down", async () => {
    const limiter = createSignInLimiter(db);
    const stranger = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair + 2; i++) await signIn(limiter, "max@example.com", "guess", "203.0.113.9", stranger.wait).catch(() => null);
    await expect(signIn(limiter, "max@example.com", "guess", "203.0.113.9", stranger.wait)).rejects.toBeInstanceOf(AccountLocked);

    const owner = recordedWaits();
    expect(await signIn(limiter, "max@example.com", "right password!", "10.0.0.3", owner.wait)).toMatchObject({ email: "max@example.com" });
    expect(owner.waits).toEqual([]);
  });

  it("a browser that signed in before is counted apart: strangers sharing its address (or anywhere) cannot lock it out", async () => {
    const limiter = createSignInLimiter(db);
    const owner = issueDeviceToken(SECRET, "own@example.com");
    const stranger = recordedWaits();
    // With no trusted proxy every client has the same address key: strangers lock that pair...
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(limiter, "own@example.com", "guess", "direct", stranger.wait);
    await expect(signIn(limiter, "own@example.com", "right password!", "direct", stranger.wait)).rejects.toBeInstanceOf(AccountLocked);
    // ...and, spread over many addresses, the email.
    for (let a = 0; a < SIGN_IN_THRESHOLDS.email / SIGN_IN_THRESHOLDS.pair; a++) {
      for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(limiter, "own@example.com", "guess", `192.0.2.${a}`, stranger.wait).catch(() => null);
    }
    expect((await signInLocks(db, ["own@example.com"])).get("own@example.com")?.scope).toBe("email");
    // A token for another email, or a forged one, is no device: still locked.
    for (const forged of [issueDeviceToken(SECRET, "kim@example.com"), issueDeviceToken("another secret", "own@example.com"), `${owner.split(".")[0]}.x`]) {
      await expect(signIn(limiter, "own@example.com", "right password!", "direct", stranger.wait, forged)).rejects.toBeInstanceOf(AccountLocked);
    }

    const known = recordedWaits();
    expect(await signIn(limiter, "own@example.com", "right password!", "direct", known.wait, owner)).toMatchObject({ email: "own@example.com" });
    expect(known.waits).toEqual([]);
    // The owner's own failures lock only their browser, and say so with the same bounded lock.
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) expect(await signIn(limiter, "own@example.com", "typo", "direct", known.wait, owner)).toBeNull();
    expect(known.waits).toEqual([500, 1000, 2000, 4000]);
    await expect(signIn(limiter, "own@example.com", "right password!", "direct", known.wait, owner)).rejects.toBeInstanceOf(AccountLocked);
    expect(await clearSignInFailures(db, "own@example.com")).toBeGreaterThanOrEqual(3);
    expect(await signIn(limiter, "own@example.com", "right password!", "direct", known.wait, owner)).toMatchObject({ email: "own@example.com" });
  });

  it("locks the email from everywhere once failures spread over many addresses pass the per-email threshold", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    const addresses = SIGN_IN_THRESHOLDS.email / SIGN_IN_THRESHOLDS.pair;
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(limiter, "noa@example.com", "guess", `198.51.100.${a}`, wait);
    }
    const locked = await signIn(limiter, "noa@example.com", "right password!", "10.0.0.4", wait).catch((e: unknown) => e);
    expect(locked).toBeInstanceOf(AccountLocked);
    expect((await signInLocks(db, ["noa@example.com"])).get("noa@example.com")?.scope).toBe("email");
  });

  it("an unlock clears every counter of that email, and only of that email", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    // Unknown emails are counted and locked like known ones: a lock tells nothing about who has an account.
    for (const email of ["kim_x@example.com", "kimax@example.com"]) {
      for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(limiter, email, "wrong", "10.0.0.5", wait);
    }
    const locks = await signInLocks(db, ["lee@example.com", "kim_x@example.com", "kimax@example.com", "kim@example.com"]);
    expect(locks.get("lee@example.com")?.scope).toBe("pair");
    expect(locks.get("kim_x@example.com")?.scope).toBe("pair");
    expect(locks.get("kimax@example.com")?.scope).toBe("pair");
    expect(locks.has("kim@example.com")).toBe(false);

    expect(await clearSignInFailures(db, "lee@example.com")).toBe(2); // the pair and the email counter
    expect(await signIn(limiter, "lee@example.com", "right password!", "10.0.0.2", wait)).toMatchObject({ email: "lee@example.com" });
    // `_` is no wildcard: clearing kim_x leaves kimax locked.
    expect(await clearSignInFailures(db, "kim_x@example.com")).toBe(2);
    expect(await signIn(limiter, "kim_x@example.com", "right password!", "10.0.0.5", wait)).toMatchObject({ email: "kim_x@example.com" });
    await expect(signIn(limiter, "kimax@example.com", "wrong", "10.0.0.5", wait)).rejects.toBeInstanceOf(AccountLocked);
  });

  it("refuses the right password of a disabled account with its own reason, and counts nothing", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    await db.user.update({ where: { email: "kim@example.com" }, data: { disabledAt: new Date() } });
    await expect(signIn(limiter, "kim@example.com", "right password!", "10.0.0.6", wait)).rejects.toBeInstanceOf(AccountDisabled);
    expect(await signIn(limiter, "kim@example.com", "wrong", "10.0.0.6", wait)).toBeNull();
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "signin-pair:kim@example.com|10.0.0.6" } })).points).toBe(1);
    await db.user.update({ where: { email: "kim@example.com" }, data: { disabledAt: null } });
  });

  it("rejects malformed input without touching the database counters", async () => {
    const before = await db.rateLimit.count();
    expect(await authorizeCredentials(db, createSignInLimiter(db), { email: "not-an-email" }, "10.0.0.4", { secret: SECRET })).toBeNull();
    expect(await db.rateLimit.count()).toBe(before);
  });
});
