import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { ConflictError } from "@/lib/domain/errors";
import { createUser } from "./create-user";
import { changeUserRole } from "./change-user-role";
import { listUsers } from "./list-users";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe("users", () => {
  it("creates a user with an audit entry and refuses a duplicate email clearly", async () => {
    const user = await createUser(
      db,
      { email: "Sam@Example.com", name: "Sam", role: "PRODUCER", password: "a long password" },
      null,
    );
    expect(user.email).toBe("sam@example.com");
    const audit = await db.auditLog.findMany({ where: { entityId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(["user.create"]);

    await expect(
      createUser(db, { email: "sam@example.com", name: "Sam 2", role: "EDITOR", password: "another long one" }, null),
    ).rejects.toThrow(ConflictError);
    expect(await db.user.count({ where: { email: "sam@example.com" } })).toBe(1);
  });

  it("changes roles with an audit entry, but never removes the last admin", async () => {
    const admin = await createUser(
      db,
      { email: "root@example.com", name: "Root", role: "ADMIN", password: "a long password" },
      null,
    );
    const editor = await createUser(
      db,
      { email: "ed@example.com", name: "Ed", role: "EDITOR", password: "a long password" },
      null,
    );

    await changeUserRole(db, { userId: editor.id, role: "ADMIN" }, admin.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("ADMIN");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: editor.id, action: "user.role.change" } });
    expect(entry.data).toEqual({ from: "EDITOR", to: "ADMIN" });
    expect(entry.actorId).toBe(admin.id);

    await changeUserRole(db, { userId: editor.id, role: "PRODUCER" }, admin.id);
    await expect(changeUserRole(db, { userId: admin.id, role: "EDITOR" }, editor.id)).rejects.toThrow(/last admin/);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("lists people a page at a time, in the order they joined", async () => {
    await db.user.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        email: `page-${i}@example.com`,
        name: `Page ${i}`,
        role: "PRODUCER" as const,
        createdAt: new Date(Date.UTC(2030, 0, 1, 0, i)),
      })),
    });
    const all = (await listUsers(db)).users;
    const first = await listUsers(db, { limit: 2 });
    expect(first.users.map((u) => u.id)).toEqual(all.slice(0, 2).map((u) => u.id));
    const second = await listUsers(db, { limit: 2, after: first.nextAfter! });
    expect(second.users.map((u) => u.id)).toEqual(all.slice(2, 4).map((u) => u.id));
    const last = await listUsers(db, { limit: all.length, after: all[0]!.id });
    expect(last.users).toHaveLength(all.length - 1);
    expect(last.nextAfter).toBeNull();
  });
});
