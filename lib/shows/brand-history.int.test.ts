import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { DEMO_SHOW } from "@/lib/seed/demo-show";
import { getBrandHistory } from "./brand-history";
import { saveShow } from "./save-show";

let db: Db;
let showId: string;
let producerId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  showId = (await db.show.findUniqueOrThrow({ where: { slug: DEMO_SHOW.slug } })).id;
  producerId = (await db.user.findUniqueOrThrow({ where: { email: "producer@showrunner.local" } })).id;
});

async function scoreEpisode(title: string, scores: number[], start: Date, forShow = showId) {
  const episode = await db.episode.create({
    data: { showId: forShow, createdById: producerId, title, topic: title, budget: "5.00" },
  });
  for (const [i, overall] of scores.entries()) {
    const version = await db.scriptVersion.create({
      data: { episodeId: episode.id, version: i + 1, segments: [], authorKind: "PIPELINE" },
    });
    await db.brandScore.create({
      data: {
        episodeId: episode.id,
        showId: forShow,
        scriptVersionId: version.id,
        overall,
        threshold: 9.3,
        passed: overall >= 9.3,
        dimensions: [],
        violations: [],
        method: "rules",
        createdAt: new Date(start.getTime() + i * 60_000),
      },
    });
  }
  return episode;
}

describe("getBrandHistory", () => {
  it("is empty for a show without scores", async () => {
    expect(await getBrandHistory(db, showId)).toEqual({
      entries: [],
      count: 0,
      passedCount: 0,
      average: null,
      min: null,
      max: null,
    });
  });

  it("lists a show's scores oldest first with episode titles, pass/fail and a summary, and only that show's", async () => {
    await scoreEpisode("Sleep and memory", [8.9, 9.5], new Date("2026-01-01T10:00:00Z"));
    await scoreEpisode("Octopus minds", [9.7], new Date("2026-01-02T10:00:00Z"));
    const other = await saveShow(
      db,
      {
        name: "Other",
        slug: "other-show",
        tone: "Dry",
        audience: "Everyone",
        targetReadingGrade: 9,
        hosts: [{ name: "Olu", localVoice: "kal" }],
        brandThreshold: 9,
        dimensionThreshold: 7,
        qualityTarget: 8.5,
      },
      null,
    );
    await scoreEpisode("Not this show", [5], new Date("2026-01-03T10:00:00Z"), other.id);

    const history = await getBrandHistory(db, showId);
    expect(history.entries.map((e) => [e.episodeTitle, e.overall, e.passed])).toEqual([
      ["Sleep and memory", 8.9, false],
      ["Sleep and memory", 9.5, true],
      ["Octopus minds", 9.7, true],
    ]);
    expect(history).toMatchObject({ count: 3, passedCount: 2, min: 8.9, max: 9.7 });
    expect(history.average).toBeCloseTo((8.9 + 9.5 + 9.7) / 3, 10);
  });

  it("keeps only the latest 50, still oldest first", async () => {
    const scores = Array.from({ length: 55 }, (_, i) => 8 + (i % 20) / 10);
    await scoreEpisode("Long run", scores, new Date("2026-02-01T00:00:00Z"));
    const history = await getBrandHistory(db, showId);
    expect(history.count).toBe(50);
    expect(history.entries.every((e) => e.episodeTitle === "Long run")).toBe(true);
    expect(history.entries[0]!.createdAt.getTime()).toBe(new Date("2026-02-01T00:00:00Z").getTime() + 5 * 60_000);
    const times = history.entries.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
