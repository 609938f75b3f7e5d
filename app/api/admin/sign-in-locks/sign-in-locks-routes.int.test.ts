import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { createUser } from "@/lib/users/create-user";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createSignInLimiter, SIGN_IN_THRESHOLDS } from "@/lib/auth/sign-in-limiter";
import { GET } from "./route";
import { POST as unlock } from "./unlock/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
const users = {} as Record<Role, { id: string }>;
const LOCKED = "2001:db8:5:5::/64";

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url;
  for (const role of ["PRODUCER", "EDITOR", "ADMIN"] as const) {
    users[role] = await createUser(
      db,
      { email: `${role.toLowerCase()}@example.com`, name: role, role, password: "a long password" },
      null,
    );
  }
  // One network trying many emails: locked from all of them.
  const limiter = createSignInLimiter(db);
  for (let i = 0; i < SIGN_IN_THRESHOLDS.address; i++) {
    await authorizeCredentials(
      db,
      limiter,
      { email: `guess${i}@example.com`, password: "guess" },
      `2001:db8:5:5::${i + 1}`,
      { wait: async () => {}, secret: "s" },
    );
  }
});
beforeEach(() => {
  session.current = null;
});

const ORIGIN = "http://localhost:3000";
const get = () => GET(new NextRequest(`${ORIGIN}/api/admin/sign-in-locks`), { params: Promise.resolve({}) });
const post = (body: unknown) =>
  unlock(
    new NextRequest(`${ORIGIN}/api/admin/sign-in-locks/unlock`, {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

describe("address lock routes", () => {
  it("refuse signed-out callers, producers and editors, unlocking nothing", async () => {
    expect((await get()).status).toBe(401);
    expect((await post({ address: LOCKED })).status).toBe(401);
    for (const role of ["PRODUCER", "EDITOR"] as const) {
      session.current = { user: { id: users[role].id } };
      expect((await get()).status, role).toBe(403);
      expect((await post({ address: LOCKED })).status, role).toBe(403);
    }
    expect(await db.rateLimit.count({ where: { key: `signin-ip:${LOCKED}` } })).toBe(1);
  });

  it("list the locked addresses to an admin, refuse what is no address, and unlock one with an audit entry", async () => {
    session.current = { user: { id: users.ADMIN.id } };
    const listed = (await (await get()).json()) as { addresses: { address: string; until: string }[] };
    expect(listed.addresses.map((a) => a.address)).toEqual([LOCKED]);

    for (const address of ["unknown", "2001:db8:5:5::1", "1.2.3.4; DROP", "x".repeat(100)]) {
      const bad = await post({ address });
      expect(bad.status, address).toBe(400);
      expect((await bad.json()).error.message).toBeTruthy();
    }
    expect((await post({})).status).toBe(400);

    const res = await post({ address: LOCKED });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ address: LOCKED, clearedCounters: expect.any(Number) });
    expect((await (await get()).json()).addresses).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "signin.address.unlock" } });
    expect(audit).toMatchObject({ actorId: users.ADMIN.id, entityType: "SignInAddress", entityId: LOCKED });
  });
});
