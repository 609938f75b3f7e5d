import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { getReviewQueue } from "./get-review-queue";

let db: Db;
const minute = (m: number) => new Date(Date.UTC(2026, 2, 1, 9, m));

beforeAll(async () => {
  ({ db } = await freshDatabase());
  const user = await db.user.create({
    data: { email: "producer@example.com", name: "Pat Producer", role: "PRODUCER" },
  });
  const show = await db.show.create({ data: { name: "Daily", slug: "daily", tone: "warm", audience: "everyone" } });
  const episode = (title: string) =>
    db.episode.create({ data: { showId: show.id, createdById: user.id, title, topic: title, budget: "5.00" } });
  const [a, b, c] = [await episode("A"), await episode("B"), await episode("C")];
  await db.gate.createMany({
    data: [
      { episodeId: b.id, kind: "FINAL", iteration: 2, createdAt: minute(3) },
      { episodeId: a.id, kind: "SCRIPT", createdAt: minute(1) },
      { episodeId: c.id, kind: "SCRIPT", createdAt: minute(2) },
      // Decided: out of the queue, however old.
      { episodeId: c.id, kind: "SCRIPT", status: "APPROVED", createdAt: minute(0) },
    ],
  });
});

describe("getReviewQueue", () => {
  it("lists the pending gates oldest first, with their episode and show", async () => {
    const { gates, waiting } = await getReviewQueue(db, 50);
    expect(waiting).toBe(3);
    expect(gates.map((g) => [g.episode.title, g.kind, g.iteration, g.episode.show.name])).toEqual([
      ["A", "SCRIPT", 1, "Daily"],
      ["C", "SCRIPT", 1, "Daily"],
      ["B", "FINAL", 2, "Daily"],
    ]);
  });

  it("shows only the head of the queue but counts everything waiting", async () => {
    const { gates, waiting } = await getReviewQueue(db, 2);
    expect(gates.map((g) => g.episode.title)).toEqual(["A", "C"]);
    expect(waiting).toBe(3);
  });

  it("carries a final gate's readiness blockers, from its latest readiness run", async () => {
    const b = await db.episode.findFirstOrThrow({ where: { title: "B" } });
    const { id: pipelineRunId } = await db.pipelineRun.create({ data: { episodeId: b.id } });
    const readiness = (iteration: number, blockers: string[], startedAt: Date) =>
      db.stageRun.create({
        data: {
          pipelineRunId,
          episodeId: b.id,
          stage: "qa-production-readiness",
          iteration,
          status: "SUCCEEDED",
          startedAt,
          output: {
            score: 8,
            passed: blockers.length === 0,
            detail: "",
            certification: { certified: false, blockers, warnings: [] },
          },
        },
      });
    await readiness(1, ["An older blocker, since fixed."], minute(1));
    await readiness(2, ["Research accuracy scored 6.7, below its threshold 7.0."], minute(2));
    const { gates } = await getReviewQueue(db, 50);
    expect(gates.map((g) => [g.episode.title, g.blockers])).toEqual([
      ["A", []],
      ["C", []],
      ["B", ["Research accuracy scored 6.7, below its threshold 7.0."]],
    ]);
  });
});
