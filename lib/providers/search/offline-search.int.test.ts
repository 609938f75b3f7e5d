import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { hashContent } from "@/lib/providers/sources/finish-source";
import { freshDatabase } from "@/test/db";
import { createOfflineSearch } from "./offline-search";

let db: Db;
let showId: string;
let episodeId: string;
const ids: Record<string, string> = {};

const STORAGE_ARTICLE = `# Offshore wind and storage

Offshore wind farms in the North Sea produced a record share of Britain's electricity last winter, with capacity factors above 50 percent on the windiest days.

Grid-scale battery storage is what lets that power reach the evening peak. Most new installations use lithium iron phosphate cells, which cost less and last longer than the nickel chemistries common in cars; in 2024 the largest British site stored 400 megawatt-hours.

Planning rules remain the slowest part of any project, and developers say connection queues now stretch into the next decade.`;

const SODIUM_NOTES = `Sodium-ion cells are the newest rival chemistry. They use no lithium or cobalt, tolerate cold better, and the first Chinese factories began shipping them for stationary storage in 2023, though their energy density still trails.`;

const SHARED_PRESS_RELEASE = `Press release: the interconnector between Norway and Britain reached full capacity of 1,400 megawatts in its first year of operation.`;

async function source(
  key: string,
  data: { showId: string; episodeId?: string | null; title: string; content: string; url?: string },
) {
  const row = await db.source.create({
    data: {
      kind: data.url ? "URL" : "TEXT",
      contentHash: hashContent(data.content),
      byteSize: Buffer.byteLength(data.content),
      ...data,
    },
  });
  ids[key] = row.id;
}

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const user = await db.user.create({ data: { email: "producer@example.com", name: "Producer" } });
  const show = await db.show.create({
    data: { slug: "grid-talk", name: "Grid Talk", tone: "curious", audience: "energy nerds" },
  });
  showId = show.id;
  const other = await db.show.create({
    data: { slug: "other", name: "Other Show", tone: "dry", audience: "analysts" },
  });
  const episode = (showId: string, title: string) =>
    db.episode.create({ data: { showId, createdById: user.id, title, topic: title, budget: "5.00" } });
  const [current, earlier, elsewhere] = await Promise.all([
    episode(show.id, "Storing the wind"),
    episode(show.id, "Battery chemistry"),
    episode(other.id, "Other topic"),
  ]);
  episodeId = current.id;

  await source("own", {
    showId: show.id,
    episodeId: current.id,
    title: "Offshore wind and storage",
    content: STORAGE_ARTICLE,
  });
  await source("ownCopy", {
    showId: show.id,
    episodeId: current.id,
    title: "Interconnector",
    content: SHARED_PRESS_RELEASE,
  });
  await source("libraryCopy", {
    showId: show.id,
    episodeId: earlier.id,
    title: "Interconnector (old)",
    content: SHARED_PRESS_RELEASE,
  });
  await source("library", {
    showId: show.id,
    episodeId: earlier.id,
    title: "Sodium-ion notes",
    content: SODIUM_NOTES,
    url: "https://example.com/sodium",
  });
  await source("showLibrary", {
    showId: show.id,
    episodeId: null,
    title: "Glossary",
    content: "Capacity factor: the share of its maximum output a plant actually produces over a period.",
  });
  // Another show's sources match the queries below better than anything above, and must still never appear.
  await source("foreign", {
    showId: other.id,
    episodeId: elsewhere.id,
    title: "Lithium iron phosphate battery storage",
    content:
      "Lithium iron phosphate battery storage: lithium iron phosphate grid battery storage sites. Perovskite tandem solar cells.",
  });
  await source("foreignLibrary", {
    showId: other.id,
    title: "Sodium-ion",
    content: "Sodium-ion cells sodium-ion storage sodium-ion factories.",
  });
});
afterAll(() => db?.$disconnect());

const search = (query: string, limit = 5) => createOfflineSearch(db).search({ query, episodeId, showId, limit });

describe("offline search", () => {
  it("ranks the relevant passage of the episode's own source first, with exact offsets", async () => {
    const { results, usage } = await search("lithium iron phosphate battery storage");
    const top = results[0]!;
    expect(top.sourceId).toBe(ids.own);
    expect(top.title).toBe("Offshore wind and storage");
    expect(top.content).toMatch(/^Grid-scale battery storage is what lets/);
    expect(STORAGE_ARTICLE.slice(top.start, top.end)).toBe(top.content);
    expect(top.snippet).toContain("lithium iron phosphate");
    expect(usage).toEqual([{ provider: "offline", model: "bm25", unit: "request", quantity: 1 }]);
  });

  it("searches the show's library of earlier sources, with their URLs", async () => {
    const { results } = await search("sodium-ion chemistry factories");
    expect(results[0]).toMatchObject({
      sourceId: ids.library,
      url: "https://example.com/sodium",
      title: "Sodium-ion notes",
    });
    const { results: glossary } = await search("what is a capacity factor");
    expect(glossary.map((r) => r.sourceId)).toContain(ids.showLibrary);
  });

  it("never returns another show's sources", async () => {
    const foreign = new Set([ids.foreign, ids.foreignLibrary]);
    for (const query of ["lithium iron phosphate battery storage", "sodium-ion", "perovskite tandem solar"]) {
      const { results } = await search(query, 50);
      expect(results.filter((r) => foreign.has(r.sourceId))).toEqual([]);
    }
    expect((await search("perovskite tandem")).results).toEqual([]);
  });

  it("returns a document uploaded twice once, as the episode's own copy", async () => {
    const { results } = await search("Norway interconnector megawatts", 50);
    const copies = results.filter((r) => r.sourceId === ids.ownCopy || r.sourceId === ids.libraryCopy);
    expect(copies.map((r) => r.sourceId)).toEqual([ids.ownCopy]);
  });

  it("respects the limit and reports healthy", async () => {
    expect((await search("storage", 1)).results).toHaveLength(1);
    expect(await createOfflineSearch(db).health()).toMatchObject({ ok: true });
  });
});
