import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { loadStageContext } from "./load-stage-context";
import { defaultStages } from "./registry";
import { qaCostCompliance } from "./stages/quality-stages";
import type { StageContext } from "./types";

let db: Db;
let episodeId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  const show = await db.show.findFirstOrThrow();
  const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  await db.budgetPolicy.update({ where: { showId: show.id }, data: { researchTarget: "0.30" } });
  const episode = await db.episode.create({
    data: {
      showId: show.id,
      createdById: producer.id,
      title: "Exact",
      topic: "Exact sums",
      budget: "0.30",
      costTotal: "0.3",
    },
  });
  episodeId = episode.id;
  // Two research stages whose charges add up to exactly the budget and the research target: 0.1 + 0.2 as floats is 0.30000000000000004.
  const charge = (stage: string, amount: string) =>
    db.costEntry.create({
      data: {
        idempotencyKey: `${stage}:${amount}`,
        episodeId,
        stage,
        provider: "p",
        model: "m",
        unit: "request",
        quantity: "1",
        unitPrice: amount,
        amount,
      },
    });
  await charge("research-discovery", "0.1");
  await charge("research-deep-dive", "0.2");
}, 60_000);

describe("loadStageContext", () => {
  it("sums the ledger exactly, so spending exactly the budget and a target is within both", async () => {
    const ctx = await loadStageContext(db, defaultStages, episodeId, qaCostCompliance.input);
    expect(ctx.costs.research.toString()).toBe("0.3");
    expect(ctx.costs.total.equals(ctx.costs.budget)).toBe(true);
    expect(ctx.costTargets.research.toString()).toBe("0.3");

    // Only costs, targets and the show's threshold are read by the cost-compliance stage.
    const result = await qaCostCompliance.run(ctx as StageContext);
    expect(result).toMatchObject({
      passed: true,
      score: 10,
      overTarget: [],
      detail: "$0.30 of the $0.30 budget; every stage within its target.",
    });
    expect(result.actuals).toEqual({ research: 0.3, content: 0, audio: 0, total: 0.3, budget: 0.3 });
  });
});
