import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { getEpisodeCosts } from "./get-episode-costs";

let db: Db;
let episodeId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  const show = await db.show.findFirstOrThrow();
  const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  const episode = await db.episode.create({
    data: {
      showId: show.id,
      createdById: producer.id,
      title: "Exact",
      topic: "Exact sums",
      budget: "5.00",
      costTotal: "1.00005",
    },
  });
  episodeId = episode.id;
  const charge = (
    key: string,
    stage: string,
    provider: string,
    amount: string,
    projectedAmount: string | null = null,
    quantity = "1",
  ) =>
    db.costEntry.create({
      data: {
        idempotencyKey: key,
        episodeId,
        stage,
        provider,
        model: "m",
        unit: "request",
        quantity,
        unitPrice: amount,
        amount,
        projectedAmount,
      },
    });
  // The research phase costs exactly $1.00005 ($1.0001 at four places); added as floats it is 1.0000499999…, shown as $1.0000.
  await charge("a", "research-discovery", "search", "1.000025", "0.000025");
  await charge("b", "research-deep-dive", "writer", "0.000025", "1.000025");
  // Many small charges of one stage: summed by the database, exact.
  for (let i = 0; i < 30; i++) await charge(`c${i}`, "script-writer", "writer", "0.1", null, "0.1");
}, 60_000);

describe("getEpisodeCosts", () => {
  it("adds the ledger's amounts exactly and rounds only the result", async () => {
    const costs = await getEpisodeCosts(db, episodeId);
    expect(costs.total).toBe("1.0001");
    expect(costs.phases.find((p) => p.phase === "research")).toEqual({
      phase: "research",
      target: "1.00",
      amount: "1.0001",
      projected: "1.0001",
    });
    // Hosted calls (no projection) project what they were charged.
    expect(costs.phases.find((p) => p.phase === "content")).toMatchObject({ amount: "3.0000", projected: "3.0000" });
    expect(costs.stages.find((s) => s.key === "script-writer")).toMatchObject({ calls: 30, amount: "3.0000" });
  });

  it("lists providers by exact amount, then projection", async () => {
    const { providers } = await getEpisodeCosts(db, episodeId);
    expect(providers.map((p) => [p.provider, p.calls, p.amount, p.projected])).toEqual([
      ["writer", 31, "3.0000", "4.0000"],
      ["search", 1, "1.0000", "0.0000"],
    ]);
    // 1 + 30 × 0.1 units, added exactly (as floats: 4.000000000000003).
    expect(providers.find((p) => p.provider === "writer")!.quantity).toBe(4);
  });
});
