import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { getNewEpisodeShows } from "./get-new-episode-shows";

let db: Db;
let own: string;
let shared: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const show = (name: string) =>
    db.show.create({ data: { name, slug: name.toLowerCase(), tone: "warm", audience: "everyone" } });
  own = (await show("Own budget")).id;
  shared = (await show("Workspace budget")).id;
  await db.budgetPolicy.create({
    data: { showId: own, episodeDefault: "2.00", episodeHardCap: "3.50", monthlyCap: "40.00" },
  });
});

describe("getNewEpisodeShows", () => {
  it("falls back to $5.00 for every show while no policy covers it", async () => {
    const shows = await getNewEpisodeShows(db, "EDITOR");
    expect(shows.find((s) => s.id === shared)).toEqual({
      id: shared,
      name: "Workspace budget",
      defaultBudget: "5.00",
      maxBudget: "5.00",
      hosts: [],
    });
  });

  it("offers each show's own policy, else the workspace's: producers up to the default, editors and admins up to the hard cap", async () => {
    await db.budgetPolicy.create({ data: { episodeDefault: "6.00", episodeHardCap: "9.00", monthlyCap: "500.00" } });
    const budgets = async (role: "PRODUCER" | "EDITOR" | "ADMIN") =>
      (await getNewEpisodeShows(db, role)).map((s) => [s.name, s.defaultBudget, s.maxBudget]);
    expect(await budgets("PRODUCER")).toEqual([
      ["Own budget", "2.00", "2.00"],
      ["Workspace budget", "6.00", "6.00"],
    ]);
    expect(await budgets("EDITOR")).toEqual([
      ["Own budget", "2.00", "3.50"],
      ["Workspace budget", "6.00", "9.00"],
    ]);
    expect(await budgets("ADMIN")).toEqual(await budgets("EDITOR"));
  });
});
