import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { getBudgetPolicies } from "./get-budget-policies";

let db: Db;

beforeAll(async () => {
  ({ db } = await freshDatabase());
});

const show = (name: string) =>
  db.show.create({ data: { name, slug: name.toLowerCase(), tone: "warm", audience: "everyone" } });

describe("getBudgetPolicies", () => {
  it("gives nothing before any policy or show exists", async () => {
    expect(await getBudgetPolicies(db)).toEqual({ workspace: null, shows: [] });
  });

  it("pairs each show, by name, with its own policy, and keeps the workspace's apart", async () => {
    const zebra = await show("Zebra");
    const alpha = await show("Alpha");
    await db.budgetPolicy.create({ data: { episodeDefault: "5.00", episodeHardCap: "8.00", monthlyCap: "500.00" } });
    await db.budgetPolicy.create({
      data: { showId: zebra.id, episodeDefault: "2.00", episodeHardCap: "3.00", monthlyCap: "40.00" },
    });

    const { workspace, shows } = await getBudgetPolicies(db);
    expect(workspace?.showId).toBeNull();
    expect(workspace?.monthlyCap.toFixed(2)).toBe("500.00");
    expect(shows.map((s) => [s.id, s.name, s.policy?.monthlyCap.toFixed(2) ?? null])).toEqual([
      [alpha.id, "Alpha", null],
      [zebra.id, "Zebra", "40.00"],
    ]);
  });
});
