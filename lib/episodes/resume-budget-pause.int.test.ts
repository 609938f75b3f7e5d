import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { recordEvents } from "@/test/record-events";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { TEST_OVERRIDE } from "@/test/final-override";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { ZodError } from "zod";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { BudgetStillShortError, resumeBudgetPause } from "./resume-budget-pause";

let h: PipelineHarness;
let showId: string;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
  // Offline usage costs $0 by default; a price on the writer's input makes calls cost, so a tiny budget refuses them.
  await h.db.price.create({
    data: { provider: "offline", model: "offline-writer", unit: "input_token", unitPrice: "0.00001" },
  });
  const show = await h.db.show.findFirstOrThrow({ include: { budgetPolicy: true } });
  showId = show.id;
  await h.db.budgetPolicy.update({ where: { showId }, data: { onExceed: "PAUSE" } });
}, 60_000);
afterAll(() => h?.close());

const episodeOf = (id: string) => h.db.episode.findUniqueOrThrow({ where: { id } });

/** Approves whatever gate opens (the brand score decides whether one does) until the episode is ready. */
async function approveUntilReady(episodeId: string) {
  for (;;) {
    const next = await waitFor(
      "a gate or READY",
      async () => {
        const episode = await episodeOf(episodeId);
        if (episode.status === "READY") return { ready: true as const };
        if (!["RUNNING", "QUEUED", "AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL"].includes(episode.status)) {
          throw new Error(`The episode stopped as ${episode.status}: ${episode.statusReason}`);
        }
        const gate = await h.db.gate.findFirst({ where: { episodeId, status: "PENDING" } });
        if (!gate) return null;
        const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
        // Decide only once the engine waits for the decision, so it cannot be missed.
        return (await h.engine.getRun(run.engineRunId!))?.status === "waiting" ? { gate } : null;
      },
      180_000,
    );
    if ("ready" in next) return;
    await decideGate(
      h.db,
      h.dispatch,
      episodeId,
      { gateId: next.gate.id, decision: "APPROVED", override: TEST_OVERRIDE },
      h.users.editor,
    );
  }
}

describe("resuming an episode paused for budget", () => {
  it(
    "refuses until the refused call fits, then re-runs the refused stage and finishes READY without passing a cap",
    { timeout: 300_000 },
    async () => {
      const episode = await createEpisode(
        h.db,
        h.dispatch,
        { showId, topic: "How sleep shapes memory", targetMinutes: 1, budget: 0.01, sources: SOURCES },
        h.users.producer,
      );
      const paused = await waitFor("the budget pause", async () => {
        const alert = await h.db.alert.findFirst({ where: { episodeId: episode.id, kind: "budget.paused" } });
        const run = await h.db.pipelineRun.findFirst({ where: { episodeId: episode.id } });
        const waiting = run && (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
        return alert && waiting && (await episodeOf(episode.id)).status === "PAUSED_BUDGET" ? alert : null;
      });
      const { stage, scope, requested } = paused.data as { stage: string; scope: string; requested: string };
      expect(scope).toBe("episode");
      const before = STAGE_KEYS.slice(0, STAGE_KEYS.indexOf(stage as (typeof STAGE_KEYS)[number]));
      const charged = async () =>
        new Decimal(
          (
            await h.db.costEntry.aggregate({ where: { episodeId: episode.id }, _sum: { amount: true } })
          )._sum.amount?.toString() ?? 0,
        );
      expect((await charged()).lessThanOrEqualTo("0.01")).toBe(true);
      expect((await charged()).plus(requested).greaterThan("0.01")).toBe(true);

      // Only an admin; and not while the refused call still does not fit: nothing changes, the message says what to raise.
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, {}, h.users.editor)).rejects.toThrow(ForbiddenError);
      const short = resumeBudgetPause(h.db, h.dispatch, episode.id, {}, h.users.admin);
      await expect(short).rejects.toThrow(BudgetStillShortError);
      await expect(short).rejects.toThrow(
        new RegExp(
          `^Still paused: This call could cost up to \\$${new Decimal(requested).toFixed(4)}, but only \\$0\\.0\\d{3} of the episode's hard cap \\(\\$0\\.01\\) is left\\. Raise the episode's budget, then resume\\.$`,
        ),
      );
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "99.00" }, h.users.admin)).rejects.toThrow(
        "The hard cap per episode is $6.00; raise it (Admin → Budgets) first.",
      );
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "0.00" }, h.users.admin)).rejects.toThrow(
        "A resume can only raise the budget; it is $0.01.",
      );
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "lots" }, h.users.admin)).rejects.toThrow(
        /Enter the episode budget in dollars/,
      );
      expect((await episodeOf(episode.id)).budget.toFixed(2)).toBe("0.01");
      expect(await h.db.auditLog.count({ where: { episodeId: episode.id, action: "episode.budget.resume" } })).toBe(0);

      const resumed = await resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "5.00" }, h.users.admin);
      expect(resumed).toEqual({ id: episode.id, budget: "5.00", stage });
      // A second click before the run picks it up is harmless; once it runs, there is nothing left to resume.
      await approveUntilReady(episode.id);
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, {}, h.users.admin)).rejects.toThrow(ConflictError);

      const runs = await h.db.stageRun.findMany({ where: { episodeId: episode.id }, orderBy: [{ startedAt: "asc" }] });
      const of = (key: string) => runs.filter((r) => r.stage === key);
      // The refused stage ran again (its next iteration); the stages before it were not repeated.
      expect(of(stage).map((r) => [r.iteration, r.status])).toEqual([
        [1, "FAILED"],
        [2, "SUCCEEDED"],
      ]);
      expect(of(stage)[0]!.error).toMatch(/^This call could cost up to/);
      for (const key of before) expect(of(key).map((r) => r.status)).toEqual(["SUCCEEDED"]);
      expect(await h.db.pipelineRun.count({ where: { episodeId: episode.id } })).toBe(1);

      const done = await episodeOf(episode.id);
      expect(done.status).toBe("READY");
      expect(done.statusReason).toBeNull();
      const total = await charged();
      expect(total.greaterThan(0)).toBe(true);
      expect(total.equals(done.costTotal.toString())).toBe(true);
      expect(total.lessThanOrEqualTo("5.00")).toBe(true);
      expect(await h.db.budgetHold.count({ where: { episodeId: episode.id } })).toBe(0);

      const audit = await h.db.auditLog.findMany({ where: { episodeId: episode.id, action: "episode.budget.resume" } });
      expect(audit.map((a) => [a.actorId, a.data])).toEqual([
        [h.users.admin.id, { stage, budgetBefore: "0.01", budget: "5.00" }],
      ]);
      const alerts = await h.db.alert.findMany({
        where: { episodeId: episode.id, kind: { in: ["budget.paused", "budget.refused"] } },
      });
      expect(alerts.length).toBeGreaterThanOrEqual(2);
      expect(alerts.every((a) => a.acknowledgedById === h.users.admin.id)).toBe(true);
    },
  );

  it("names the monthly cap when that is what still refuses, and keeps the episode paused when the engine is down", async () => {
    const episode = await createEpisode(
      h.db,
      recordEvents(),
      { showId, topic: "A paused episode", budget: 1, sources: SOURCES },
      h.users.producer,
    );
    await h.db.episode.update({ where: { id: episode.id }, data: { status: "PAUSED_BUDGET", statusReason: "cap" } });
    await h.db.alert.create({
      data: {
        kind: "budget.paused",
        severity: "CRITICAL",
        episodeId: episode.id,
        message: "Paused",
        data: { stage: "script-writer", scope: "show-month", requested: "0.50" },
      },
    });
    const policy = await h.db.budgetPolicy.findUniqueOrThrow({ where: { showId } });
    const spent = new Decimal(
      (await h.db.costEntry.aggregate({ _sum: { amount: true } }))._sum.amount?.toString() ?? 0,
    );
    await h.db.budgetPolicy.update({ where: { showId }, data: { monthlyCap: spent.plus("0.25").toFixed(2) } });
    try {
      await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "2.00" }, h.users.admin)).rejects.toThrow(
        /^Still paused: This call could cost up to \$0\.5000, but only \$0\.2\d{3} of the show's monthly cap .* Raise the show's monthly cap \(Admin → Budgets\), then resume\.$/,
      );
      // Refused as a whole: the raised budget was not kept either.
      expect((await episodeOf(episode.id)).budget.toFixed(2)).toBe("1.00");
    } finally {
      await h.db.budgetPolicy.update({ where: { showId }, data: { monthlyCap: policy.monthlyCap } });
    }

    // Malformed input is refused before it reaches the database.
    await expect(resumeBudgetPause(h.db, h.dispatch, "ep\u00001", {}, h.users.admin)).rejects.toThrow(NotFoundError);
    await expect(resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "1\u0000" }, h.users.admin)).rejects.toThrow(
      ZodError,
    );
    await expect(
      resumeBudgetPause(h.db, h.dispatch, episode.id, { budget: "123456789.00" }, h.users.admin),
    ).rejects.toThrow(ZodError);

    const down = { resumeAfterBudget: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:8288")) };
    await expect(resumeBudgetPause(h.db, down, episode.id, {}, h.users.admin)).rejects.toThrow(
      "The pipeline engine could not be reached (connect ECONNREFUSED 127.0.0.1:8288). The budget is saved; resume again when it runs.",
    );
    expect((await episodeOf(episode.id)).status).toBe("PAUSED_BUDGET");
    const sent: string[] = [];
    await resumeBudgetPause(
      h.db,
      { resumeAfterBudget: async (id) => void sent.push(id) },
      episode.id,
      {},
      h.users.admin,
    );
    expect(sent).toEqual([episode.id]);
  });
});
