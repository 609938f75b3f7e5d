import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import type { EpisodeStatus } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/domain/stages";
import { getDashboard } from "./get-dashboard";

let db: Db;
const users = {} as Record<"PRODUCER" | "EDITOR", SessionUser>;
const now = new Date();
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db, { PRODUCER: "producer-password", EDITOR: "editor-password", ADMIN: "admin-password" });
  for (const role of ["PRODUCER", "EDITOR"] as const) {
    const u = await db.user.findFirstOrThrow({ where: { role } });
    users[role] = { id: u.id, email: u.email, name: u.name, role };
  }
  const show = await db.show.findFirstOrThrow();
  const episode = (title: string, status: EpisodeStatus, extra: object = {}) =>
    db.episode.create({
      data: { showId: show.id, createdById: users.PRODUCER.id, title, topic: title, status, budget: "5.00", ...extra },
    });
  // Three ready episodes: quality 8, 9, 10 (σ = 1), 2 h each, $1, $2, $3.
  for (const [i, q] of [8, 9, 10].entries()) {
    await episode(`Ready ${i}`, "READY", {
      qualityScore: q,
      brandScore: 9 + i * 0.2,
      costTotal: String(i + 1),
      startedAt: hoursAgo(3),
      completedAt: hoursAgo(1),
    });
  }
  await episode("Broken", "NEEDS_ATTENTION", { statusReason: "The pipeline stopped." });
  const waiting = await episode("Waiting", "AWAITING_SCRIPT_APPROVAL");
  const run = await db.pipelineRun.create({ data: { episodeId: waiting.id, engineRunId: "r1" } });
  await db.gate.create({ data: { episodeId: waiting.id, pipelineRunId: run.id, kind: "SCRIPT" } });
  const running = await episode("Running", "RUNNING");
  const runningRun = await db.pipelineRun.create({ data: { episodeId: running.id, engineRunId: "r2" } });
  await db.stageRun.createMany({
    data: [
      {
        pipelineRunId: runningRun.id,
        episodeId: running.id,
        stage: "research-discovery",
        status: "SUCCEEDED",
        startedAt: hoursAgo(0.2),
      },
      {
        pipelineRunId: runningRun.id,
        episodeId: running.id,
        stage: "research-deep-dive",
        status: "RUNNING",
        progress: 0.5,
        startedAt: hoursAgo(0.1),
      },
    ],
  });
  await db.costEntry.create({
    data: {
      idempotencyKey: "k1",
      episodeId: running.id,
      provider: "p",
      model: "m",
      unit: "request",
      quantity: "1",
      unitPrice: "12.5",
      amount: "12.5",
    },
  });
});

describe("getDashboard", () => {
  it("lists running work with stage progress, what waits for review and what needs attention", async () => {
    const d = await getDashboard(db, users.EDITOR, now);
    expect(d.counts).toMatchObject({ total: 6, inProgress: 1, awaitingReview: 1, needsAttention: 1, ready: 3 });
    expect(d.inProgress).toHaveLength(1);
    expect(d.inProgress[0]).toMatchObject({
      title: "Running",
      stagesDone: 1,
      stagesTotal: STAGES.length,
      activeStages: ["Deep dive"],
    });
    expect(d.inProgress[0]!.fraction).toBeCloseTo(1.5 / STAGES.length, 6);
    expect(d.awaitingReview.map((g) => g.episode.title)).toEqual(["Waiting"]);
    expect(d.needsAttention.map((e) => e.title)).toEqual(["Broken"]);
  });

  it("computes each indicator from the stored episodes, against the brief's targets", async () => {
    const { indicators: i, targets } = await getDashboard(db, users.EDITOR, now);
    expect(i.avgCost).toBeCloseTo(2, 6);
    expect(i.avgQuality).toBeCloseTo(9, 6);
    expect(i.avgBrand).toBeCloseTo(9.2, 6);
    expect(i.successRate).toBeCloseTo(3 / 4, 6);
    expect(i.avgProductionHours).toBeCloseTo(2, 3);
    expect(i.qualityStdDev).toBeCloseTo(1, 6);
    expect(i.consistencySample).toBe(3);
    expect(i.monthSpend).toBeCloseTo(12.5, 6);
    expect(i.monthlyCap).toBe(500);
    expect(targets).toMatchObject({
      costPerEpisode: 5,
      quality: 8.5,
      brand: 9.3,
      successRate: 0.99,
      productionHours: 4,
      qualityStdDev: 0.5,
    });
  });

  it("shows a producer only the gates of their own episodes", async () => {
    const other = await db.user.create({
      data: { email: "p2@example.com", name: "P2", role: "PRODUCER", passwordHash: "x" },
    });
    expect(
      (await getDashboard(db, { id: other.id, email: other.email, name: other.name, role: "PRODUCER" }, now))
        .awaitingReview,
    ).toEqual([]);
    expect((await getDashboard(db, users.PRODUCER, now)).awaitingReview).toHaveLength(1);
  });
});
