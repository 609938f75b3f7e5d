import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { AccountDisabled, AccountLocked, authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createSignInLimiter, SIGN_IN_THRESHOLDS } from "@/lib/auth/sign-in-limiter";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { unlockAccount } from "./unlock-account";
import { resetPassword } from "./reset-password";
import { setUserDisabled } from "./set-user-disabled";
import { changeUserRole } from "./change-user-role";
import { updateUser } from "./update-user";

let db: Db;
let admin: { id: string };
const noWait = async () => {};
const PASSWORD = "the old password";
const UNKNOWN_ID = "cunknown000000000000000000";

beforeAll(async () => {
  ({ db } = await freshDatabase());
  admin = await createUser(db, { email: "root@example.com", name: "Root", role: "ADMIN", password: PASSWORD }, null);
});

const person = (email: string) =>
  createUser(db, { email, name: email.split("@")[0]!, role: "PRODUCER", password: PASSWORD }, admin.id);
const signIn = (email: string, password: string, ip = "10.1.0.1") =>
  authorizeCredentials(db, createSignInLimiter(db), { email, password }, ip, { wait: noWait });
const auditOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

describe("account controls", () => {
  it("an admin unlocks a locked account: the users list shows the lock, then the person signs in", async () => {
    const ann = await person("ann@example.com");
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(ann.email, "wrong");
    await expect(signIn(ann.email, PASSWORD)).rejects.toBeInstanceOf(AccountLocked);
    const listed = (await listUsers(db)).users.find((u) => u.id === ann.id)!;
    expect(listed.lock?.scope).toBe("pair");
    expect(listed.lock!.until.getTime()).toBeGreaterThan(Date.now());

    await unlockAccount(db, { userId: ann.id }, admin.id);
    expect((await listUsers(db)).users.find((u) => u.id === ann.id)!.lock).toBeNull();
    expect(await signIn(ann.email, PASSWORD)).toMatchObject({ id: ann.id });
    const [, unlock] = await auditOf(ann.id);
    expect(unlock).toMatchObject({ action: "user.unlock", actorId: admin.id, data: { clearedCounters: 2 } });
  });

  it("a reset gives a new strong password once: the old one fails, the new one works, and neither is stored or audited in clear", async () => {
    const ben = await person("ben@example.com");
    for (let i = 0; i < SIGN_IN_THRESHOLDS.pair; i++) await signIn(ben.email, "wrong");
    const { password } = await resetPassword(db, { userId: ben.id }, admin.id);
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await signIn(ben.email, PASSWORD, "10.1.0.2")).toBeNull();
    // The reset also unlocked the address that had failed.
    expect(await signIn(ben.email, password)).toMatchObject({ id: ben.id });

    const row = await db.user.findUniqueOrThrow({ where: { id: ben.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
    const audit = await auditOf(ben.id);
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.password.reset"]);
    expect(JSON.stringify(audit)).not.toContain(password);

    const again = await resetPassword(db, { userId: ben.id }, admin.id);
    expect(again.password).not.toBe(password);
    expect(await signIn(ben.email, password)).toBeNull();
  });

  it("a disabled user cannot sign in, even with the right password, until re-enabled", async () => {
    const cy = await person("cy@example.com");
    await setUserDisabled(db, { userId: cy.id, disabled: true }, admin.id);
    expect((await listUsers(db)).users.find((u) => u.id === cy.id)!.disabledAt).toBeInstanceOf(Date);
    await expect(signIn(cy.email, PASSWORD)).rejects.toBeInstanceOf(AccountDisabled);

    await setUserDisabled(db, { userId: cy.id, disabled: false }, admin.id);
    expect(await signIn(cy.email, PASSWORD)).toMatchObject({ id: cy.id });
    expect((await auditOf(cy.id)).map((a) => [a.action, a.actorId])).toEqual([
      ["user.create", admin.id],
      ["user.disable", admin.id],
      ["user.enable", admin.id],
    ]);
  });

  it("an admin cannot disable or demote themself, nor disable the last admin; unknown users are named as such", async () => {
    await expect(setUserDisabled(db, { userId: admin.id, disabled: true }, admin.id)).rejects.toThrow(
      /your own account/,
    );
    await expect(changeUserRole(db, { userId: admin.id, role: "EDITOR" }, admin.id)).rejects.toThrow(/your own role/);
    const other = await createUser(
      db,
      { email: "second@example.com", name: "Second", role: "ADMIN", password: PASSWORD },
      admin.id,
    );
    await setUserDisabled(db, { userId: other.id, disabled: true }, admin.id);
    // `other` is disabled, so root is the last enabled admin: another admin's session could not disable root either.
    await setUserDisabled(db, { userId: other.id, disabled: false }, admin.id);
    await changeUserRole(db, { userId: other.id, role: "EDITOR" }, admin.id);
    await expect(setUserDisabled(db, { userId: admin.id, disabled: true }, other.id)).rejects.toThrow(ConflictError);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();

    await expect(unlockAccount(db, { userId: UNKNOWN_ID }, admin.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetPassword(db, { userId: UNKNOWN_ID }, admin.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUserDisabled(db, { userId: UNKNOWN_ID, disabled: true }, admin.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("an admin cannot reset their own password", async () => {
    const before = (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash;
    await expect(resetPassword(db, { userId: admin.id }, admin.id)).rejects.toThrow(/your own password/);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).passwordHash).toBe(before);
  });

  it("demoting a disabled admin is not refused as removing the last admin", async () => {
    const off = await createUser(
      db,
      { email: "off-admin@example.com", name: "Off", role: "ADMIN", password: PASSWORD },
      admin.id,
    );
    await setUserDisabled(db, { userId: off.id, disabled: true }, admin.id);
    await db.user.updateMany({
      where: { role: "ADMIN", disabledAt: null, id: { not: admin.id } },
      data: { role: "PRODUCER" },
    });
    await changeUserRole(db, { userId: off.id, role: "EDITOR" }, admin.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: off.id } })).role).toBe("EDITOR");
    // Removing the one enabled admin is still refused, whoever asks.
    await expect(changeUserRole(db, { userId: admin.id, role: "EDITOR" }, off.id)).rejects.toThrow(/last admin/);
  });

  it("a role and a disable sent together are applied all or nothing", async () => {
    const dee = await person("dee@example.com");
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_disable() RETURNS trigger AS $$ BEGIN
      IF NEW.action = 'user.disable' THEN RAISE EXCEPTION 'disable refused for the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_disable BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_disable()`,
    );
    try {
      await expect(updateUser(db, { userId: dee.id, role: "EDITOR", disabled: true }, admin.id)).rejects.toThrow(
        /disable refused/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_disable ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_disable()`);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: dee.id } })).toMatchObject({
      role: "PRODUCER",
      disabledAt: null,
    });
    expect((await auditOf(dee.id)).map((a) => a.action)).toEqual(["user.create"]);

    expect(await updateUser(db, { userId: dee.id, role: "EDITOR", disabled: true }, admin.id)).toMatchObject({
      role: "EDITOR",
      disabledAt: expect.any(Date),
    });
  });

  it("two admins disabling or demoting each other at once leave one admin enabled", async () => {
    for (let round = 0; round < 3; round++) {
      await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "PRODUCER" } });
      const a = await createUser(
        db,
        { email: `race-a${round}@example.com`, name: "A", role: "ADMIN", password: PASSWORD },
        null,
      );
      const b = await createUser(
        db,
        { email: `race-b${round}@example.com`, name: "B", role: "ADMIN", password: PASSWORD },
        null,
      );
      const results = await Promise.allSettled([
        setUserDisabled(db, { userId: b.id, disabled: true }, a.id),
        round % 2
          ? changeUserRole(db, { userId: a.id, role: "EDITOR" }, b.id)
          : setUserDisabled(db, { userId: a.id, disabled: true }, b.id),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
    }
  });
});
