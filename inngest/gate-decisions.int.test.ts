import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { recordEvents } from "@/test/record-events";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { cancelEpisode } from "@/lib/episodes/cancel-episode";
import { openGate, startPipelineRun } from "@/lib/pipeline/run-lifecycle";
import { defaultStages } from "@/lib/pipeline/registry";
import { MAX_IGNORED_GATE_EVENTS } from "./functions/produce-episode";

let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url);
});
afterAll(() => h?.close());

async function newEpisode(topic: string) {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic, targetMinutes: 1, sources: SOURCES },
    h.users.producer,
  );
  return episode;
}

const engineRun = async (episodeId: string) => {
  const run = await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId }, orderBy: { startedAt: "desc" } });
  return h.engine.getRun(run.engineRunId!);
};

/** A pending script gate whose wait the engine has registered. */
async function pendingScriptGate(episodeId: string) {
  const gate = await waitFor("the script gate", () =>
    h.db.gate.findFirst({ where: { episodeId, kind: "SCRIPT", status: "PENDING" } }),
  );
  await waitFor("the engine to wait for the decision", async () =>
    (await engineRun(episodeId))?.waits.some((w) => w.name === "script-decision#1"),
  );
  return gate;
}

describe("gates are decided by their row, not by the event", () => {
  it(
    "ignores and audits a forged approval for a pending gate; a real decision then proceeds",
    { timeout: 120_000 },
    async () => {
      const episode = await newEpisode("Forged approvals change nothing");
      const gate = await pendingScriptGate(episode.id);

      // What anyone holding the event key could send: an approval nobody made, in the old payload's shape.
      await h.engine.send({
        name: "episode/gate.decided",
        data: { episodeId: episode.id, gateId: gate.id, decision: "APPROVED" },
      });
      const ignored = await waitFor("the ignored event's audit row", () =>
        h.db.auditLog.findFirst({ where: { action: "gate.event.ignored", entityId: gate.id } }),
      );
      expect(ignored).toMatchObject({ actorId: null, entityType: "Gate", episodeId: episode.id });
      // The run waits again (a second wait, same gate) and nothing moved.
      await waitFor("the engine to wait again", async () =>
        (await engineRun(episode.id))?.waits.some((w) => w.name === "script-decision#1.2"),
      );
      expect(await h.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).toMatchObject({
        status: "PENDING",
        decidedById: null,
        decidedAt: null,
      });
      expect((await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status).toBe(
        "AWAITING_SCRIPT_APPROVAL",
      );
      expect(await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "tts-optimizer" } })).toBe(0);

      // A real decision: written to the row by decideGate, then announced.
      await decideGate(h.db, h.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, h.users.editor);
      await waitFor("the audio stages to start", () =>
        h.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "tts-optimizer" } }),
      );
      expect(await h.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).toMatchObject({
        status: "APPROVED",
        decidedById: h.users.editor.id,
      });
      expect(await h.db.auditLog.count({ where: { action: "gate.event.ignored", entityId: gate.id } })).toBe(1);
      await cancelEpisode(h.db, h.dispatch, episode.id, h.users.producer);
    },
  );

  it("leaves no gate pending on a cancelled episode", async () => {
    const episode = await newEpisode("Cancelled while waiting");
    await pendingScriptGate(episode.id);
    await cancelEpisode(h.db, h.dispatch, episode.id, h.users.producer);
    await waitFor("the engine to cancel the run", async () => (await engineRun(episode.id))?.status === "cancelled");
    expect(await h.db.gate.count({ where: { episodeId: episode.id, status: "PENDING" } })).toBe(0);
    expect(await h.db.gate.count({ where: { episodeId: episode.id, status: "EXPIRED" } })).toBe(1);
  });

  it(
    "stops the run after too many forged decisions, leaving no gate pending on the episode that needs attention",
    { timeout: 120_000 },
    async () => {
      const episode = await newEpisode("Flooded with forged approvals");
      const gate = await pendingScriptGate(episode.id);
      for (let wait = 1; wait <= MAX_IGNORED_GATE_EVENTS + 1; wait++) {
        const name = wait === 1 ? "script-decision#1" : `script-decision#1.${wait}`;
        // Events only match a wait registered before they arrive: send each once the run waits for it.
        await waitFor(`wait ${name}`, async () => (await engineRun(episode.id))?.waits.some((w) => w.name === name));
        await h.engine.send({ name: "episode/gate.decided", data: { episodeId: episode.id, gateId: gate.id } });
      }
      await waitFor(
        "needs attention",
        async () => (await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "NEEDS_ATTENTION",
      );
      expect(await h.db.auditLog.count({ where: { action: "gate.event.ignored", entityId: gate.id } })).toBe(
        MAX_IGNORED_GATE_EVENTS,
      );
      expect((await h.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).status).toBe("EXPIRED");
      expect(await h.db.gate.count({ where: { episodeId: episode.id, status: "PENDING" } })).toBe(0);
      expect(await h.db.alert.count({ where: { episodeId: episode.id, kind: "gate.events.ignored" } })).toBe(1);
      await waitFor("the engine run to end", async () => (await engineRun(episode.id))?.status === "completed");
    },
  );

  it("closes at once a gate opened by a step that was still running when the episode was cancelled", async () => {
    const show = await h.db.show.findFirstOrThrow();
    const episode = await createEpisode(
      h.db,
      recordEvents(),
      { showId: show.id, topic: "Cancelled mid-step", targetMinutes: 1, sources: SOURCES },
      h.users.producer,
    );
    const { pipelineRunId } = await startPipelineRun(h.db, defaultStages, {
      episodeId: episode.id,
      engineRunId: `race-${episode.id}`,
      reason: "create",
    });
    await cancelEpisode(h.db, recordEvents(), episode.id, h.users.producer);
    const opened = await openGate(h.db, {
      episodeId: episode.id,
      pipelineRunId,
      kind: "SCRIPT",
      iteration: 1,
      autoApprove: false,
    });
    expect(opened.status).toBe("EXPIRED");
    expect(await h.db.gate.count({ where: { episodeId: episode.id, status: "PENDING" } })).toBe(0);
    expect((await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status).toBe("CANCELLED");
  });

  it("gives a retried gate step the decision an editor made in between, comment included", async () => {
    const show = await h.db.show.findFirstOrThrow();
    const episode = await createEpisode(
      h.db,
      recordEvents(),
      { showId: show.id, topic: "Reply lost", targetMinutes: 1, sources: SOURCES },
      h.users.producer,
    );
    const { pipelineRunId } = await startPipelineRun(h.db, defaultStages, {
      episodeId: episode.id,
      engineRunId: `retry-${episode.id}`,
      reason: "create",
    });
    const input = { episodeId: episode.id, pipelineRunId, kind: "SCRIPT" as const, iteration: 1, autoApprove: false };
    const first = await openGate(h.db, input);
    await decideGate(
      h.db,
      recordEvents(),
      episode.id,
      { gateId: first.id, decision: "REJECTED", comment: "Shorter intro" },
      h.users.editor,
    );
    expect(await openGate(h.db, input)).toMatchObject({
      id: first.id,
      status: "REJECTED",
      comment: "Shorter intro",
      automatic: false,
    });
  });
});

describe("a decision whose event was lost", () => {
  let g: PipelineHarness;
  beforeAll(async () => {
    const { url } = await freshDatabase();
    g = await startPipelineHarness(url, { env: { SHOWRUNNER_GATE_TIMEOUT: "5s" } });
  });
  afterAll(() => g?.close());

  it(
    "still counts when the wait times out: the run reads the row before it expires the gate",
    { timeout: 120_000 },
    async () => {
      const show = await g.db.show.findFirstOrThrow();
      const episode = await createEpisode(
        g.db,
        g.dispatch,
        { showId: show.id, topic: "The event never came", targetMinutes: 1, sources: SOURCES },
        g.users.producer,
      );
      const gate = await waitFor("the script gate", () =>
        g.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } }),
      );
      await decideGate(g.db, recordEvents(), episode.id, { gateId: gate.id, decision: "APPROVED" }, g.users.editor); // and no event
      await waitFor("the audio stages to start", () =>
        g.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "tts-optimizer" } }),
      );
      expect((await g.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).status).toBe("APPROVED");
      expect(await g.db.alert.count({ where: { episodeId: episode.id, kind: "gate.timeout" } })).toBe(0);
      await cancelEpisode(g.db, g.dispatch, episode.id, g.users.producer);
    },
  );
});

describe("a decision made before the engine waits for it", () => {
  let f: PipelineHarness;
  beforeAll(async () => {
    const { url } = await freshDatabase();
    // A gate deadline far away, and a short first wait: the run must not need the deadline to see the decision.
    f = await startPipelineHarness(url, {
      env: { SHOWRUNNER_GATE_TIMEOUT: "10m", SHOWRUNNER_GATE_FIRST_WAIT: "1s", SHOWRUNNER_GATE_RECHECK: "2s" },
    });
  });
  afterAll(() => f?.close());

  it(
    "proceeds long before the gate's deadline when the editor decides as soon as the gate shows",
    { timeout: 120_000 },
    async () => {
      const show = await f.db.show.findFirstOrThrow();
      const episode = await createEpisode(
        f.db,
        f.dispatch,
        { showId: show.id, topic: "The editor clicks at once", targetMinutes: 1, sources: SOURCES },
        f.users.producer,
      );
      // Right when the row appears, not after the engine's wait: the event may well match no wait at all.
      let gate = null;
      while (!gate) {
        gate = await f.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } });
        if (!gate) await new Promise((r) => setTimeout(r, 5));
      }
      await decideGate(f.db, f.dispatch, episode.id, { gateId: gate.id, decision: "APPROVED" }, f.users.editor);

      await waitFor("the audio stages to start", () =>
        f.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "tts-optimizer" } }),
      );
      expect(await f.db.gate.findUniqueOrThrow({ where: { id: gate.id } })).toMatchObject({
        status: "APPROVED",
        decidedById: f.users.editor.id,
      });
      expect(await f.db.alert.count({ where: { episodeId: episode.id, kind: "gate.timeout" } })).toBe(0);
      expect(await f.db.auditLog.count({ where: { action: "gate.event.ignored", entityId: gate.id } })).toBe(0);
      await cancelEpisode(f.db, f.dispatch, episode.id, f.users.producer);
    },
  );

  it(
    "acts on a decision written with no event while the run waits after its first re-read, long before the deadline",
    { timeout: 120_000 },
    async () => {
      const show = await f.db.show.findFirstOrThrow();
      const episode = await createEpisode(
        f.db,
        f.dispatch,
        { showId: show.id, topic: "The event was never sent", targetMinutes: 1, sources: SOURCES },
        f.users.producer,
      );
      const gate = await waitFor("the script gate", () =>
        f.db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } }),
      );
      const run = await waitFor("the pipeline run", () =>
        f.db.pipelineRun.findFirst({ where: { episodeId: episode.id }, orderBy: { startedAt: "desc" } }),
      );
      // The wait after the first re-read: a decision now, with no event, used to wait for the 10-minute deadline.
      await waitFor("the second wait", async () =>
        (await f.engine.getRun(run.engineRunId!))?.waits.some((w) => w.name === "script-decision#1.2"),
      );
      await decideGate(f.db, recordEvents(), episode.id, { gateId: gate.id, decision: "APPROVED" }, f.users.editor); // and no event
      await waitFor("the audio stages to start", () =>
        f.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "tts-optimizer" } }),
      );
      expect(await f.db.alert.count({ where: { episodeId: episode.id, kind: "gate.timeout" } })).toBe(0);
      await cancelEpisode(f.db, f.dispatch, episode.id, f.users.producer);
    },
  );
});
