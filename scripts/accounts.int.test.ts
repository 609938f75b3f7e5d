import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { AccountLocked, authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createSignInLimiter, SIGN_IN_THRESHOLDS } from "@/lib/auth/sign-in-limiter";
import { createUser } from "@/lib/users/create-user";

const run = promisify(execFile);
const PASSWORD = "the admin's password";
let db: Db;
let url: string;

beforeAll(async () => {
  ({ db, url } = await freshDatabase());
});

const signIn = (email: string, password: string, ip: string) =>
  authorizeCredentials(db, createSignInLimiter(db), { email, password }, ip, { wait: async () => {} });

/** `npm run accounts -- <args>` against the test's database, its exit code and output. */
async function accounts(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/accounts.ts", ...args], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run accounts -- unlock", () => {
  it(
    "lets a sole admin locked out from every address sign in again, audited with no actor",
    { timeout: 120_000 },
    async () => {
      const admin = await createUser(
        db,
        { email: "root@example.com", name: "Root", role: "ADMIN", password: PASSWORD },
        null,
      );
      // Failures from many addresses: the email is locked for every browser, the admin's own included.
      for (let i = 0; i < SIGN_IN_THRESHOLDS.email; i++) await signIn(admin.email, "wrong", `198.51.100.${i + 1}`);
      await expect(signIn(admin.email, PASSWORD, "203.0.113.7")).rejects.toBeInstanceOf(AccountLocked);
      expect(await db.rateLimit.count({ where: { key: { contains: "root@example.com" } } })).toBeGreaterThan(0);

      const unlocked = await accounts("unlock", "ROOT@example.com");
      expect(unlocked).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^Unlocked root@example\.com: \d+ failed-sign-in counter/),
      });
      expect(await db.rateLimit.count({ where: { key: { contains: "root@example.com" } } })).toBe(0);
      expect(await signIn(admin.email, PASSWORD, "203.0.113.7")).toMatchObject({ id: admin.id });
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: admin.id, action: "user.unlock" } });
      expect(audit).toMatchObject({ actorId: null, data: { via: "cli", clearedCounters: expect.any(Number) } });
    },
  );

  it("says so when no user has the email, or the arguments are wrong", { timeout: 120_000 }, async () => {
    const missing = await accounts("unlock", "nobody@example.com");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No user has the email nobody@example\.com/);
    expect((await accounts("unlock")).code).toBe(64);
    expect((await accounts("unlock", "not an email")).code).toBe(64);
    expect((await accounts("lock", "root@example.com")).stderr).toMatch(/Unknown command "lock"/);
  });
});
