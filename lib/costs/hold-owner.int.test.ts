import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { claimHoldOwner, type HoldOwner } from "./hold-owner";
import { createMeter } from "./meter";

let db: Db;
let url: string;
let episodeId: string;
let stageRunId: string;
const owners: HoldOwner[] = [];

beforeAll(async () => {
  ({ db, url } = await freshDatabase());
  await seedDemoWorkspace(db, { PRODUCER: "p".repeat(12), EDITOR: "e".repeat(12), ADMIN: "a".repeat(12) });
  const show = await db.show.findFirstOrThrow();
  const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  const episode = await db.episode.create({
    data: { showId: show.id, createdById: producer.id, title: "t", topic: "t", budget: "5.00" },
  });
  const run = await db.pipelineRun.create({ data: { episodeId: episode.id } });
  episodeId = episode.id;
  stageRunId = (await db.stageRun.create({ data: { pipelineRunId: run.id, episodeId, stage: "audio-synthesizer" } }))
    .id;
  await db.price.create({ data: { provider: "acme", model: "voice", unit: "character", unitPrice: "0.0003" } });
});
afterAll(async () => {
  for (const owner of owners) await owner.close().catch(() => undefined);
});

async function claim() {
  const owner = await claimHoldOwner(url);
  owners.push(owner);
  return owner;
}

/** Holds `count` calls' budget in the name of `owner`, as a stage's meter does before each call. */
async function hold(owner: HoldOwner, count: number) {
  const meter = createMeter(db, { episodeId, stageRunId, stage: "audio-synthesizer", attempt: 1, holdOwner: owner.id });
  for (let i = 0; i < count; i++)
    await meter.authorize([{ provider: "acme", model: "voice", unit: "character", quantity: 1000 }]);
}

describe("budget holds of a process that died", () => {
  it("are released when a process starts, while a live process's holds stay", async () => {
    const crashed = await claim();
    const alive = await claim();
    await hold(crashed, 3);
    await hold(alive, 2);
    await db.budgetHold.create({
      data: {
        episodeId,
        showId: (await db.show.findFirstOrThrow()).id,
        amount: "0.1",
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    // The crash: its connection goes, and with it the lock that said it was alive; its holds stay behind.
    await crashed.close();
    expect(await db.budgetHold.count({ where: { owner: crashed.id } })).toBe(3);

    const restarted = await claim();
    expect(restarted.released).toBe(3);
    expect(await db.budgetHold.count({ where: { owner: crashed.id } })).toBe(0);
    expect(await db.budgetHold.count({ where: { owner: alive.id } })).toBe(2);
    // Holds with no owner recorded are left to their expiry.
    expect(await db.budgetHold.count({ where: { owner: null } })).toBe(1);

    // Another start with every owner alive releases nothing.
    expect((await claim()).released).toBe(0);
    expect(await db.budgetHold.count({ where: { owner: alive.id } })).toBe(2);
  });
});

describe("an owner whose claim connection drops", () => {
  it("is told (its lock is gone), while closing a claim tells nothing", async () => {
    const lost: string[] = [];
    const dropped = await claimHoldOwner(
      url,
      () => {},
      () => lost.push("dropped"),
    );
    owners.push(dropped);
    const closed = await claimHoldOwner(
      url,
      () => {},
      () => lost.push("closed"),
    );
    await closed.close();
    // As when PostgreSQL restarts: the server ends the session.
    await db.$queryRaw`select pg_terminate_backend(pid) from pg_stat_activity where application_name = ${`showrunner hold owner ${dropped.id}`}`;
    await vi.waitFor(() => expect(lost).toEqual(["dropped"]));
    // Its holds are now releasable by the next process to claim.
    await hold(dropped, 1);
    expect((await claim()).released).toBe(1);
  });
});
