import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { backfillProjections } from "./backfill-projections";

let db: Db;
let showId: string;
let producerId: string;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db, { PRODUCER: "p".repeat(12), EDITOR: "e".repeat(12), ADMIN: "a".repeat(12) });
  showId = (await db.show.findFirstOrThrow()).id;
  producerId = (await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } })).id;
  await db.price.create({
    data: { provider: "elevenlabs", model: "eleven_multilingual_v2", unit: "character", unitPrice: "0.0001" },
  });
});

let entries = 0;
const entry = (episodeId: string, data: { provider: string; model: string; amount: string; projected?: string }) =>
  db.costEntry.create({
    data: {
      idempotencyKey: `old-${entries++}`,
      episodeId,
      stage: "audio-synthesizer",
      provider: data.provider,
      model: data.model,
      unit: "character",
      quantity: "1500",
      unitPrice: "0",
      amount: data.amount,
      projectedAmount: data.projected ?? null,
    },
  });

describe("backfillProjections", () => {
  it("projects the free entries written before speech was projected, once, and adds them to their episode's projected cost", async () => {
    // An episode metered before: its festival speech projected nothing, so its projected cost is its charged $0.20.
    const episode = await db.episode.create({
      data: { showId, createdById: producerId, title: "Old", topic: "t", budget: "5.00", projectedCost: "0.2" },
    });
    const old = await entry(episode.id, { provider: "festival", model: "slt", amount: "0" });
    const billed = await entry(episode.id, { provider: "elevenlabs", model: "eleven_multilingual_v2", amount: "0.2" });
    const projected = await entry(episode.id, { provider: "flite", model: "kal", amount: "0", projected: "0.15" });
    // (The last one was projected when it was charged: already in the episode's projected cost.)
    await db.episode.update({ where: { id: episode.id }, data: { projectedCost: "0.35" } });

    // Two processes starting together: the entry is projected by one of them, once.
    const counts = await Promise.all([backfillProjections(db), backfillProjections(db)]);
    expect(counts[0] + counts[1]).toBe(1);
    const read = async (id: string) => (await db.costEntry.findUniqueOrThrow({ where: { id } })).projectedAmount;
    expect((await read(old.id))?.toString()).toBe("0.15");
    expect(await read(billed.id)).toBeNull();
    expect((await read(projected.id))?.toString()).toBe("0.15");
    const projectedCost = async () =>
      (await db.episode.findUniqueOrThrow({ where: { id: episode.id } })).projectedCost.toString();
    expect(await projectedCost()).toBe("0.5");

    // Run again (the next start): nothing is added again.
    expect(await backfillProjections(db)).toBe(0);
    expect(await projectedCost()).toBe("0.5");
  });

  it("leaves an entry with no priced hosted equivalent unprojected, rather than projecting $0", async () => {
    const episode = await db.episode.create({
      data: { showId, createdById: producerId, title: "Unpriced", topic: "t", budget: "5.00" },
    });
    const odd = await db.costEntry.create({
      data: {
        idempotencyKey: "odd",
        episodeId: episode.id,
        stage: "audio-synthesizer",
        provider: "festival",
        model: "slt",
        unit: "furlong",
        quantity: "3",
        unitPrice: "0",
        amount: "0",
      },
    });
    expect(await backfillProjections(db)).toBe(0);
    expect((await db.costEntry.findUniqueOrThrow({ where: { id: odd.id } })).projectedAmount).toBeNull();
    expect((await db.episode.findUniqueOrThrow({ where: { id: episode.id } })).projectedCost.toString()).toBe("0");
  });
});
