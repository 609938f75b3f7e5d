import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { listEpisodes } from "@/lib/episodes/list-episodes";
import { GET } from "./route";

// The session as Auth.js would decode it from the cookie.
const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));

let db: Db;
let producerId: string;
let showId: string;

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  process.env.DATABASE_URL = fresh.url; // what the route handler's shared client connects to
  await seedDemoWorkspace(db);
  producerId = (await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } })).id;
  showId = (await db.show.findFirstOrThrow()).id;
  const start = Date.now() - 60_000;
  for (let i = 0; i < 3; i++) {
    await db.episode.create({
      data: {
        showId,
        createdById: producerId,
        title: `Episode ${i}`,
        topic: `Topic ${i}`,
        budget: "5.00",
        costTotal: `0.${i}1`,
        createdAt: new Date(start + i * 1000),
      },
    });
  }
}, 60_000);
beforeEach(() => {
  session.current = null;
});

const get = (query: string) =>
  GET(new NextRequest(`http://localhost:3000/api/episodes${query}`, { headers: { "sec-fetch-site": "same-origin" } }), {
    params: Promise.resolve({}),
  });

describe("GET /api/episodes", () => {
  it("answers the newest episodes first, as many as the limit, from listEpisodes", async () => {
    session.current = { user: { id: producerId } };
    const res = await get("?limit=2");
    expect(res.status).toBe(200);
    const { episodes } = (await res.json()) as { episodes: Record<string, unknown>[] };
    expect(episodes.map((e) => e.title)).toEqual(["Episode 2", "Episode 1"]);
    expect(episodes[0]).toMatchObject({ status: "DRAFT", showId, costTotal: "0.21", budget: "5" });
    expect(typeof episodes[0]!.id).toBe("string");
    expect(typeof episodes[0]!.createdAt).toBe("string");
    const page = await listEpisodes(db, {}, 2);
    expect(episodes.map((e) => e.id)).toEqual(page.episodes.map((e) => e.id));
  });

  it("answers 50 by default and refuses a limit outside 1-100 with a message, or a caller who is not signed in", async () => {
    session.current = { user: { id: producerId } };
    expect(((await (await get("")).json()) as { episodes: unknown[] }).episodes).toHaveLength(3);
    const bad = await get("?limit=101");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("The limit is at most 100.");
    session.current = null;
    expect((await get("?limit=2")).status).toBe(401);
  });
});

describe("listEpisodes", () => {
  it("pages by creation time: the next page starts before the last episode shown", async () => {
    const first = await listEpisodes(db, {}, 2);
    expect(first.nextBefore).toBe(first.episodes[1]!.createdAt.toISOString());
    const second = await listEpisodes(db, { before: first.nextBefore! }, 2);
    expect(second.episodes.map((e) => e.title)).toEqual(["Episode 0"]);
    expect(second.nextBefore).toBeNull();
  });
});
