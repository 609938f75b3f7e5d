import { describe, expect, it } from "vitest";
import { sumMoney, toMoney } from "@/lib/domain/money";
import { addEpisode, emptyRows, type SeedContext } from "./episode-rows";
import { createRandom } from "./random";

// Prices with up to ten decimal places, as the price table holds them: each entry is rounded to the ledger's six,
// so totals made of unrounded float products drift from the sums of the entries.
const price = (unitPrice: string) => ({ id: "p", unitPrice: toMoney(unitPrice) });
const ctx: SeedContext = {
  shows: [{ id: "show", hosts: ["Ada", "Ben"], budget: "5.00" }],
  producers: ["producer"],
  editors: ["editor"],
  admins: ["admin"],
  prices: new Map([
    ["tavily/search/request", price("0.0081234567")],
    ["anthropic/claude-sonnet-4-5/input_token", price("0.0000031234")],
    ["anthropic/claude-sonnet-4-5/output_token", price("0.0000150007")],
    ["anthropic/claude-haiku-4-5/input_token", price("0.0000010101")],
    ["anthropic/claude-haiku-4-5/output_token", price("0.0000049999")],
  ]),
  now: Date.parse("2026-06-01T00:00:00Z"),
};

describe("addEpisode", () => {
  it("gives each episode and stage run exactly the sum of its ledger entries", () => {
    const rows = emptyRows();
    const random = createRandom(7);
    for (let i = 0; i < 40; i++) addEpisode(rows, ctx, random, new Date(ctx.now - i * 3_600_000));
    expect(rows.costEntry.length).toBeGreaterThan(100);
    for (const episode of rows.episode) {
      const entries = rows.costEntry.filter((e) => e.episodeId === episode.id);
      expect(
        toMoney(episode.costTotal as string).equals(sumMoney(entries.map((e) => e.amount as string))),
        episode.id,
      ).toBe(true);
    }
    for (const run of rows.stageRun) {
      const entries = rows.costEntry.filter((e) => e.stageRunId === run.id);
      expect(toMoney(run.cost as string).equals(sumMoney(entries.map((e) => e.amount as string))), run.id).toBe(true);
    }
  });
});
