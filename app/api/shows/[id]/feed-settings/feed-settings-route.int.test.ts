import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { GET as getCheck } from "../feed-check/route";
import { GET, PUT } from "./route";

// The session as Auth.js would decode it from the cookie.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
let showId: string;
let slug: string;
const users: Record<"PRODUCER" | "EDITOR", string> = { PRODUCER: "", EDITOR: "" };

const SETTINGS = {
  publicBaseUrl: "https://studio.example.com",
  language: "en",
  author: "Tidal Studio",
  ownerName: "Ada Owner",
  ownerEmail: "owner@example.com",
  category: "Science",
  subcategory: "Earth Sciences",
  explicit: true,
  showType: "SERIAL",
  copyright: "© 2026 Tidal Studio",
};

const as = (role: keyof typeof users) => (session.current = { user: { id: users[role] } });
const url = (path: string) => `http://localhost:3000/api/shows/${showId}/${path}`;
const params = () => ({ params: Promise.resolve({ id: showId }) });
const put = (body: unknown) =>
  PUT(
    new NextRequest(url("feed-settings"), {
      method: "PUT",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
    }),
    params(),
  );
const check = async () =>
  (await (await getCheck(new NextRequest(url("feed-check")), params())).json()) as {
    problems: { field: string; message: string }[];
    feedUrl: string | null;
  };
const stored = () =>
  db.show.findUniqueOrThrow({
    where: { id: showId },
    select: { publicBaseUrl: true, author: true, ownerEmail: true, category: true, showType: true, explicit: true },
  });

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handlers' shared client connects to
  await seedDemoWorkspace(db);
  for (const role of ["PRODUCER", "EDITOR"] as const)
    users[role] = (await db.user.findFirstOrThrow({ where: { role } })).id;
  ({ id: showId, slug } = await db.show.findFirstOrThrow());
}, 60_000);
beforeEach(() => {
  session.current = null;
});

describe("feed settings and feed check routes", () => {
  it("lists what a new show's feed lacks, with no feed URL before the public address is set", async () => {
    as("PRODUCER");
    const { problems, feedUrl } = await check();
    expect(feedUrl).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["artwork", "publicBaseUrl", "author", "ownerEmail", "category"]),
    );
  });

  it("lets an editor save the settings, audited, after which the check names only the artwork", async () => {
    as("EDITOR");
    const res = await put({ ...SETTINGS, publicBaseUrl: "https://studio.example.com/" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { settings: object }).settings).toEqual(SETTINGS);
    expect(await stored()).toMatchObject({
      publicBaseUrl: "https://studio.example.com",
      showType: "SERIAL",
      explicit: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "show.feed-settings", entityId: showId } });
    expect(audit.actorId).toBe(users.EDITOR);
    expect((audit.data as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(["publicBaseUrl", "author", "ownerEmail", "category", "showType", "explicit"]),
    );

    const { problems, feedUrl } = await check();
    expect(feedUrl).toBe(`https://studio.example.com/api/public/shows/${slug}/feed.xml`);
    expect(problems.map((p) => p.field)).toEqual(["artwork"]);
    as("PRODUCER");
    const read = await GET(new NextRequest(url("feed-settings")), params());
    expect(((await read.json()) as { settings: object }).settings).toEqual(SETTINGS);
  });

  it("refuses a missing or bad setting with a message at its field, and changes nothing", async () => {
    as("EDITOR");
    const before = await stored();
    const audits = await db.auditLog.count();
    const res = await put({ ...SETTINGS, author: "", ownerEmail: "nobody", publicBaseUrl: "https://x.example/feed" });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(error.fields.author?.[0]).toMatch(/^Enter the author/);
    expect(error.fields.ownerEmail).toEqual(["Enter a valid e-mail address, e.g. podcasts@example.com."]);
    expect(error.fields.publicBaseUrl?.[0]).toMatch(/without a path or query/);
    expect(await stored()).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses a producer (403) and a signed-out caller (401), and answers 404 for an unknown show", async () => {
    as("PRODUCER");
    expect((await put(SETTINGS)).status).toBe(403);
    session.current = null;
    expect((await put(SETTINGS)).status).toBe(401);
    as("EDITOR");
    const unknown = await PUT(
      new NextRequest("http://localhost:3000/api/shows/cknotashowatall0000000000/feed-settings", {
        method: "PUT",
        body: JSON.stringify(SETTINGS),
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
      }),
      { params: Promise.resolve({ id: "cknotashowatall0000000000" }) },
    );
    expect(unknown.status).toBe(404);
  });
});
