import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { createUser } from "@/lib/users/create-user";
import { getSessionUser } from "@/lib/auth/guard";
import { PATCH } from "./[id]/route";
import { POST as unlock } from "./[id]/unlock/route";
import { POST as passwordReset } from "./[id]/password-reset/route";

// The session as Auth.js would decode it from the cookie: a user id, whatever the database now says of that user.
const session = vi.hoisted(() => ({ current: null as { user: { id: string; signedInAt?: number } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
const users = {} as Record<Role, { id: string }>;
let target: { id: string };

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handlers' shared client connects to
  for (const role of ["PRODUCER", "EDITOR", "ADMIN"] as const) {
    users[role] = await createUser(
      db,
      { email: `${role.toLowerCase()}@example.com`, name: role, role, password: "a long password" },
      null,
    );
  }
  target = await createUser(
    db,
    { email: "target@example.com", name: "Target", role: "PRODUCER", password: "a long password" },
    null,
  );
});
beforeEach(() => {
  session.current = null;
});

const ORIGIN = "http://localhost:3000";
type Handler = (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

function call(handler: Handler, method: string, path: string, id: string, body?: unknown) {
  const req = new NextRequest(`${ORIGIN}${path}`, {
    method,
    // As the studio's own pages send it (a same-origin fetch), so only the session and role decide.
    headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handler(req, { params: Promise.resolve({ id }) });
}

const routes: [string, Handler, string, unknown][] = [
  ["PATCH /api/admin/users/{id} (disable)", PATCH, "PATCH", { disabled: true }],
  ["POST /api/admin/users/{id}/unlock", unlock, "POST", undefined],
  ["POST /api/admin/users/{id}/password-reset", passwordReset, "POST", undefined],
];

describe("admin account routes", () => {
  it("refuse signed-out callers (401) and producers and editors (403), changing nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    for (const [name, handler, method, body] of routes) {
      const signedOut = await call(handler, method, "/api/admin/users/x", target.id, body);
      expect(signedOut.status, `${name} signed out`).toBe(401);
      for (const role of ["PRODUCER", "EDITOR"] as const) {
        session.current = { user: { id: users[role].id } };
        const res = await call(handler, method, "/api/admin/users/x", target.id, body);
        expect(res.status, `${name} as ${role}`).toBe(403);
        expect((await res.json()).error.code, `${name} as ${role}`).toBe("forbidden");
      }
      session.current = null;
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: target.id, action: { not: "user.create" } } })).toBe(0);
  });

  it("let an admin reset a password (shown in that answer only, never cached), unlock, and disable then re-enable", async () => {
    session.current = { user: { id: users.ADMIN.id } };
    const reset = await call(passwordReset, "POST", "/api/admin/users/x/password-reset", target.id);
    expect(reset.status).toBe(200);
    expect(reset.headers.get("cache-control")).toContain("no-store");
    const { password } = (await reset.json()) as { password: string };
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);

    expect((await call(unlock, "POST", "/api/admin/users/x/unlock", target.id)).status).toBe(200);
    const disabled = await call(PATCH, "PATCH", "/api/admin/users/x", target.id, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await disabled.json()).user.disabledAt).not.toBeNull();
    const enabled = await call(PATCH, "PATCH", "/api/admin/users/x", target.id, { disabled: false });
    expect((await enabled.json()).user.disabledAt).toBeNull();

    const self = await call(PATCH, "PATCH", "/api/admin/users/x", users.ADMIN.id, { disabled: true });
    expect(self.status).toBe(409);
    expect((await self.json()).error.message).toMatch(/your own account/);
    const ownReset = await call(passwordReset, "POST", "/api/admin/users/x/password-reset", users.ADMIN.id);
    expect(ownReset.status).toBe(409);
    expect((await ownReset.json()).error.message).toBe(
      "You cannot reset your own password; ask another admin to reset it.",
    );
    const empty = await call(PATCH, "PATCH", "/api/admin/users/x", target.id, {});
    expect(empty.status).toBe(400);
    expect((await call(unlock, "POST", "/api/admin/users/x/unlock", "cunknown000000000000000000")).status).toBe(404);

    const audit = await db.auditLog.findMany({
      where: { entityId: target.id, actorId: users.ADMIN.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["user.password.reset", "user.unlock", "user.disable", "user.enable"]);
  });

  it("refuse a disabled user's open session at the next request, pages and API alike", async () => {
    const soon = await createUser(
      db,
      { email: "soon-disabled@example.com", name: "Soon", role: "ADMIN", password: "a long password" },
      null,
    );
    session.current = { user: { id: soon.id } };
    expect(await getSessionUser()).toMatchObject({ id: soon.id });
    expect((await call(unlock, "POST", "/api/admin/users/x/unlock", target.id)).status).toBe(200);

    await db.user.update({ where: { id: soon.id }, data: { disabledAt: new Date() } });
    expect(await getSessionUser()).toBeNull();
    const refused = await call(unlock, "POST", "/api/admin/users/x/unlock", target.id);
    expect(refused.status).toBe(401);
  });

  it("end the sessions signed in before a password reset or a disable, even once re-enabled; a new sign-in works", async () => {
    const kit = await createUser(
      db,
      { email: "kit@example.com", name: "Kit", role: "PRODUCER", password: "a long password" },
      null,
    );
    const before = { user: { id: kit.id, signedInAt: Date.now() - 1000 } };
    session.current = before;
    expect(await getSessionUser()).toMatchObject({ id: kit.id });

    session.current = { user: { id: users.ADMIN.id } };
    expect((await call(passwordReset, "POST", "/api/admin/users/x/password-reset", kit.id)).status).toBe(200);
    session.current = before;
    expect(await getSessionUser()).toBeNull();
    session.current = { user: { id: kit.id, signedInAt: Date.now() } };
    expect(await getSessionUser()).toMatchObject({ id: kit.id });

    const signedIn = session.current;
    session.current = { user: { id: users.ADMIN.id } };
    await call(PATCH, "PATCH", "/api/admin/users/x", kit.id, { disabled: true });
    await call(PATCH, "PATCH", "/api/admin/users/x", kit.id, { disabled: false });
    session.current = signedIn;
    expect(await getSessionUser()).toBeNull();
  });
});
