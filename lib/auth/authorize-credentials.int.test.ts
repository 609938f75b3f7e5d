import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { AccountDisabled, AccountLocked, authorizeCredentials } from "./authorize-credentials";
import { issueDeviceToken } from "./sign-in-device";
import { UNKNOWN_CLIENT } from "@/lib/http/client-address";
import { verifyPassword } from "./password";
import {
  clearAddressFailures,
  clearSignInFailures,
  createSignInLimiter,
  LOCK_SECONDS,
  SIGN_IN_THRESHOLDS,
  signInAddressLocks,
  signInLocks,
} from "./sign-in-limiter";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
  for (const email of [
    "kim@example.com",
    "lee@example.com",
    "max@example.com",
    "noa@example.com",
    "kim_x@example.com",
    "own@example.com",
    "par@example.com",
    "six@example.com",
  ]) {
    await createUser(db, { email, name: email.split("@")[0]!, role: "EDITOR", password: "right password!" }, null);
  }
});

/** Records the delays instead of sleeping through them. */
function recordedWaits() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

const SECRET = "test-secret";
const signIn = (
  limiter: ReturnType<typeof createSignInLimiter>,
  email: string,
  password: string,
  ip: string,
  wait: (ms: number) => Promise<unknown>,
  deviceToken: string | null = null,
) => authorizeCredentials(db, limiter, { email, password }, ip, { wait, deviceToken, secret: SECRET });

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
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
      expect(await signIn(limiter, "lee@example.com", "wrong", "10.0.0.2", wait)).toBeNull();
    expect(waits).toEqual([500, 1000, 2000, 4000]);

    const before = Date.now();
    const locked = await signIn(limiter, "lee@example.com", "right password!", "10.0.0.2", wait).catch(
      (e: unknown) => e,
    );
    expect(locked).toBeInstanceOf(AccountLocked);
    const until = (locked as AccountLocked).until.getTime();
    expect(until).toBeGreaterThan(before + (LOCK_SECONDS - 5) * 1000);
    expect(until).toBeLessThanOrEqual(Date.now() + LOCK_SECONDS * 1000);
    expect((locked as AccountLocked).code).toBe(`locked:pair:${new Date(until).toISOString()}`);

    // Attempts while locked are refused uncounted: they neither extend the lock nor wait.
    for (let i = 0; i < 3; i++)
      await expect(signIn(limiter, "lee@example.com", "wrong", "10.0.0.2", wait)).rejects.toBeInstanceOf(AccountLocked);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "signin-pair:lee@example.com|10.0.0.2" } });
    expect(row.points).toBe(SIGN_IN_THRESHOLDS.pair);
    expect(row.expire!.getTime()).toBe(until);
    expect(await signInLocks(db, ["lee@example.com"])).toEqual(
      new Map([["lee@example.com", { until: new Date(until), scope: "pair" }]]),
    );
    expect(waits).toHaveLength(4);
  });

  it("a stranger's failures from another address do not lock the owner out, nor slow them down", async () => {
    const limiter = createSignInLimiter(db);
    const stranger = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair + 2; i++)
      await signIn(limiter, "max@example.com", "guess", "203.0.113.9", stranger.wait).catch(() => null);
    await expect(signIn(limiter, "max@example.com", "guess", "203.0.113.9", stranger.wait)).rejects.toBeInstanceOf(
      AccountLocked,
    );

    const owner = recordedWaits();
    expect(await signIn(limiter, "max@example.com", "right password!", "10.0.0.3", owner.wait)).toMatchObject({
      email: "max@example.com",
    });
    expect(owner.waits).toEqual([]);
  });

  it("a browser that signed in before is counted apart: strangers sharing its address (or anywhere) cannot lock it out", async () => {
    const limiter = createSignInLimiter(db);
    const owner = issueDeviceToken(SECRET, "own@example.com");
    const stranger = recordedWaits();
    // Strangers behind the owner's address (one NAT, one office) lock that pair...
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
      await signIn(limiter, "own@example.com", "guess", "10.9.9.9", stranger.wait);
    await expect(
      signIn(limiter, "own@example.com", "right password!", "10.9.9.9", stranger.wait),
    ).rejects.toBeInstanceOf(AccountLocked);
    // ...and, spread over many addresses, the email.
    for (let a = 0; a < SIGN_IN_THRESHOLDS.email / SIGN_IN_THRESHOLDS.pair; a++) {
      for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
        await signIn(limiter, "own@example.com", "guess", `192.0.2.${a}`, stranger.wait).catch(() => null);
    }
    expect((await signInLocks(db, ["own@example.com"])).get("own@example.com")?.scope).toBe("email");
    // A token for another email, or a forged one, is no device: still locked.
    for (const forged of [
      issueDeviceToken(SECRET, "kim@example.com"),
      issueDeviceToken("another secret", "own@example.com"),
      `${owner.split(".")[0]}.x`,
    ]) {
      await expect(
        signIn(limiter, "own@example.com", "right password!", "10.9.9.9", stranger.wait, forged),
      ).rejects.toBeInstanceOf(AccountLocked);
    }

    const known = recordedWaits();
    expect(await signIn(limiter, "own@example.com", "right password!", "10.9.9.9", known.wait, owner)).toMatchObject({
      email: "own@example.com",
    });
    expect(known.waits).toEqual([]);
    // The owner's own failures lock only their browser, and say so with the same bounded lock.
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
      expect(await signIn(limiter, "own@example.com", "typo", "10.9.9.9", known.wait, owner)).toBeNull();
    expect(known.waits).toEqual([500, 1000, 2000, 4000]);
    await expect(
      signIn(limiter, "own@example.com", "right password!", "10.9.9.9", known.wait, owner),
    ).rejects.toBeInstanceOf(AccountLocked);
    expect(await clearSignInFailures(db, "own@example.com")).toBeGreaterThanOrEqual(3);
    expect(await signIn(limiter, "own@example.com", "right password!", "10.9.9.9", known.wait, owner)).toMatchObject({
      email: "own@example.com",
    });
  });

  it("locks the email from everywhere once failures spread over many addresses pass the per-email threshold", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    const addresses = SIGN_IN_THRESHOLDS.email / SIGN_IN_THRESHOLDS.pair;
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
        await signIn(limiter, "noa@example.com", "guess", `198.51.100.${a}`, wait);
    }
    const locked = await signIn(limiter, "noa@example.com", "right password!", "10.0.0.4", wait).catch(
      (e: unknown) => e,
    );
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
    const locks = await signInLocks(db, [
      "lee@example.com",
      "kim_x@example.com",
      "kimax@example.com",
      "kim@example.com",
    ]);
    expect(locks.get("lee@example.com")?.scope).toBe("pair");
    expect(locks.get("kim_x@example.com")?.scope).toBe("pair");
    expect(locks.get("kimax@example.com")?.scope).toBe("pair");
    expect(locks.has("kim@example.com")).toBe(false);

    expect(await clearSignInFailures(db, "lee@example.com")).toBe(2); // the pair and the email counter
    expect(await signIn(limiter, "lee@example.com", "right password!", "10.0.0.2", wait)).toMatchObject({
      email: "lee@example.com",
    });
    // `_` is no wildcard: clearing kim_x leaves kimax locked.
    expect(await clearSignInFailures(db, "kim_x@example.com")).toBe(2);
    expect(await signIn(limiter, "kim_x@example.com", "right password!", "10.0.0.5", wait)).toMatchObject({
      email: "kim_x@example.com",
    });
    await expect(signIn(limiter, "kimax@example.com", "wrong", "10.0.0.5", wait)).rejects.toBeInstanceOf(AccountLocked);
  });

  it("refuses the right password of a disabled account with its own reason, and counts nothing", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    await db.user.update({ where: { email: "kim@example.com" }, data: { disabledAt: new Date() } });
    await expect(signIn(limiter, "kim@example.com", "right password!", "10.0.0.6", wait)).rejects.toBeInstanceOf(
      AccountDisabled,
    );
    expect(await signIn(limiter, "kim@example.com", "wrong", "10.0.0.6", wait)).toBeNull();
    expect(
      (await db.rateLimit.findUniqueOrThrow({ where: { key: "signin-pair:kim@example.com|10.0.0.6" } })).points,
    ).toBe(1);
    await db.user.update({ where: { email: "kim@example.com" }, data: { disabledAt: null } });
  });

  it("attempts sent at once are counted before their password is checked: no more than the threshold are checked", async () => {
    const limiter = createSignInLimiter(db);
    let checked = 0;
    const verify: typeof verifyPassword = async (hash, password) => {
      checked++;
      return verifyPassword(hash, password);
    };
    const attempts = Array.from({ length: 25 }, () =>
      authorizeCredentials(db, limiter, { email: "par@example.com", password: "wrong" }, "10.0.0.7", {
        wait: async () => {},
        secret: SECRET,
        verify,
      }),
    );
    const results = await Promise.allSettled(attempts);
    expect(checked).toBe(SIGN_IN_THRESHOLDS.pair);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(SIGN_IN_THRESHOLDS.pair);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(AccountLocked);
    // The attempts refused counted nothing: each counter holds the threshold's failures, locked for the full time.
    const rows = await db.rateLimit.findMany({
      where: {
        key: { in: ["signin-pair:par@example.com|10.0.0.7", "signin-email:par@example.com", "signin-ip:10.0.0.7"] },
      },
      orderBy: { key: "asc" },
    });
    expect(rows.map((r) => r.points)).toEqual([
      SIGN_IN_THRESHOLDS.pair,
      SIGN_IN_THRESHOLDS.pair,
      SIGN_IN_THRESHOLDS.pair,
    ]);
    expect(rows[2]!.expire!.getTime()).toBeGreaterThan(Date.now() + (LOCK_SECONDS - 60) * 1000);
    await expect(
      signIn(limiter, "par@example.com", "right password!", "10.0.0.7", async () => {}),
    ).rejects.toBeInstanceOf(AccountLocked);
    expect(checked).toBe(SIGN_IN_THRESHOLDS.pair);
  });

  it("the right password takes back its count: signing in again and again never fills the email's or the address's counter", async () => {
    const limiter = createSignInLimiter(db);
    for (let i = 0; i < SIGN_IN_THRESHOLDS.address + 1; i++) {
      expect(await signIn(limiter, "six@example.com", "right password!", "10.0.0.8", async () => {})).toMatchObject({
        email: "six@example.com",
      });
    }
    const rows = await db.rateLimit.findMany({
      where: { key: { in: ["signin-email:six@example.com", "signin-ip:10.0.0.8"] } },
    });
    expect(rows.map((r) => r.points)).toEqual([0, 0]);
  });

  it("one address failing against many emails is locked from every email, shown to admins, and an admin can lift it", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.address; i++)
      await signIn(limiter, `nobody${i}@example.com`, "guess", "203.0.113.50", wait);
    const locked = await signIn(limiter, "six@example.com", "right password!", "203.0.113.50", wait).catch(
      (e: unknown) => e,
    );
    expect(locked).toBeInstanceOf(AccountLocked);
    expect((locked as AccountLocked).scope).toBe("address");
    expect((locked as AccountLocked).code).toMatch(/^locked:address:/);
    const listed = await signInAddressLocks(db);
    expect(listed.map((l) => l.address)).toContain("203.0.113.50");
    expect(listed.find((l) => l.address === "203.0.113.50")!.until).toEqual((locked as AccountLocked).until);

    expect(await clearAddressFailures(db, "203.0.113.50")).toBeGreaterThanOrEqual(1);
    expect((await signInAddressLocks(db)).map((l) => l.address)).not.toContain("203.0.113.50");
    expect(await signIn(limiter, "six@example.com", "right password!", "203.0.113.50", wait)).toMatchObject({
      email: "six@example.com",
    });
  });

  it("a request without a readable address is not counted against a shared address", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.address + 1; i++)
      await signIn(limiter, `unk${i}@example.com`, "guess", UNKNOWN_CLIENT, wait);
    expect(await db.rateLimit.count({ where: { key: { startsWith: "signin-ip:" + UNKNOWN_CLIENT } } })).toBe(0);
    expect(await signIn(limiter, "six@example.com", "right password!", UNKNOWN_CLIENT, wait)).toMatchObject({
      email: "six@example.com",
    });
  });

  it("IPv6 clients are counted by their /64: moving within it does not start afresh", async () => {
    const limiter = createSignInLimiter(db);
    const { wait } = recordedWaits();
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++)
      await signIn(limiter, "six@example.com", "guess", `2001:db8:7:7::${i + 1}`, wait);
    await expect(
      signIn(limiter, "six@example.com", "right password!", "2001:db8:7:7:ffff::9", wait),
    ).rejects.toBeInstanceOf(AccountLocked);
    expect(await db.rateLimit.findUnique({ where: { key: "signin-ip:2001:db8:7:7::/64" } })).toMatchObject({
      points: SIGN_IN_THRESHOLDS.pair,
    });
    expect(await signIn(limiter, "six@example.com", "right password!", "2001:db8:7:8::1", wait)).toMatchObject({
      email: "six@example.com",
    });
    await clearSignInFailures(db, "six@example.com");
  });

  it("rejects malformed input without touching the database counters", async () => {
    const before = await db.rateLimit.count();
    expect(
      await authorizeCredentials(db, createSignInLimiter(db), { email: "not-an-email" }, "10.0.0.4", {
        secret: SECRET,
      }),
    ).toBeNull();
    expect(await db.rateLimit.count()).toBe(before);
  });
});
