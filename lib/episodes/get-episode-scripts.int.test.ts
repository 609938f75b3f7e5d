import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { getEpisodeScripts, SCRIPT_VERSIONS_PAGE } from "./get-episode-scripts";

const VERSIONS = SCRIPT_VERSIONS_PAGE + 10;
let db: Db;
let episodeId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  const show = await db.show.findFirstOrThrow();
  const user = await db.user.findFirstOrThrow();
  ({ id: episodeId } = await db.episode.create({
    data: { showId: show.id, createdById: user.id, title: "Paged", topic: "Paged scripts", budget: "1.00" },
    select: { id: true },
  }));
  await db.scriptVersion.createMany({
    data: Array.from({ length: VERSIONS }, (_, i) => ({
      episodeId,
      version: i + 1,
      authorKind: "PIPELINE" as const,
      segments: [{ title: "Only", lines: [{ speaker: "Maya", text: `Version ${i + 1}` }] }],
    })),
  });
});

describe("getEpisodeScripts", () => {
  it("lists a page of versions without their text, and the newest in full with the one before it", async () => {
    const page = await getEpisodeScripts(db, episodeId);
    expect(page.versions.map((v) => v.version)).toEqual(
      Array.from({ length: SCRIPT_VERSIONS_PAGE }, (_, i) => VERSIONS - i),
    );
    expect(page.versions[0]).not.toHaveProperty("segments");
    expect(page.nextBefore).toBe(VERSIONS - SCRIPT_VERSIONS_PAGE + 1);
    expect(page.current?.version).toBe(VERSIONS);
    expect(page.current?.segments[0]?.lines[0]?.text).toBe(`Version ${VERSIONS}`);
    expect(page.previous?.version).toBe(VERSIONS - 1);
  });

  it("pages back with before, and fetches one version with the one before it", async () => {
    const older = await getEpisodeScripts(db, episodeId, { before: VERSIONS - SCRIPT_VERSIONS_PAGE + 1 });
    expect(older.versions.map((v) => v.version)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(older.nextBefore).toBeNull();
    const one = await getEpisodeScripts(db, episodeId, { version: 1 });
    expect(one.current?.segments[0]?.lines[0]?.text).toBe("Version 1");
    expect(one.previous).toBeNull();
  });

  it("answers 404 for a version that does not exist, and nothing for an episode without a script", async () => {
    await expect(getEpisodeScripts(db, episodeId, { version: VERSIONS + 1 })).rejects.toMatchObject({ status: 404 });
    expect(await getEpisodeScripts(db, "cnoscript0000000000000000")).toEqual({
      versions: [],
      nextBefore: null,
      current: null,
      previous: null,
      hosts: [],
    });
  });
});
