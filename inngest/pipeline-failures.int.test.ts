import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { retryEpisode } from "@/lib/episodes/retry-episode";
import { defaultStages } from "@/lib/pipeline/registry";

let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url, {
    env: {
      SHOWRUNNER_GATE_TIMEOUT: "2s",
      SHOWRUNNER_PROVIDER_FAULTS: "research-deep-dive:429=2;episode-planner:5xx=9",
    },
  });
  await h.db.price.create({
    data: { provider: "offline", model: "offline-writer", unit: "input_token", unitPrice: "0.00001" },
  });
});
afterAll(() => h?.close());

async function newEpisode(topic: string, sources = SOURCES) {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic, targetMinutes: 3, sources },
    h.users.producer,
  );
  return episode;
}

describe("the failure policy", () => {
  it("backs off on rate limits (Retry-After honoured), records the attempts and charges once", async () => {
    const started = Date.now();
    const episode = await newEpisode("Rate limited research");
    const deepDive = await waitFor("deep-dive to succeed", () =>
      h.db.stageRun.findFirst({ where: { episodeId: episode.id, stage: "research-deep-dive", status: "SUCCEEDED" } }),
    );
    expect(deepDive.attempt).toBe(3);
    // Two 429s, each asking for a 1 s wait.
    expect(deepDive.startedAt!.getTime() - started).toBeGreaterThanOrEqual(2000);
    // Only the attempt that succeeded made (and paid for) its calls: input and output tokens of one writer call.
    const charges = await h.db.costEntry.findMany({
      where: { stageRunId: deepDive.id },
      orderBy: { idempotencyKey: "asc" },
    });
    expect(charges.map((c) => c.idempotencyKey)).toEqual([`${deepDive.id}:3:0`, `${deepDive.id}:3:1`]);
    expect(Number(deepDive.cost)).toBeGreaterThan(0);
    expect(Number(deepDive.cost)).toBeCloseTo(
      charges.reduce((sum, c) => sum + Number(c.amount), 0),
      6,
    );
  });

  it("after the last retry, onFailure marks the episode needs-attention with an alert and keeps its work", async () => {
    const episode = await newEpisode("Provider keeps failing");
    await waitFor(
      "needs attention",
      async () => (await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "NEEDS_ATTENTION",
      60_000,
    );
    const saved = await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(saved.statusReason).toMatch(/Injected provider error on episode-planner/);
    const planner = await h.db.stageRun.findFirstOrThrow({
      where: { episodeId: episode.id, stage: "episode-planner" },
    });
    expect(planner.status).toBe("FAILED");
    expect(planner.attempt).toBe(5); // SHOWRUNNER_STEP_RETRIES=4 -> five attempts
    expect(
      await h.db.stageRun.count({ where: { episodeId: episode.id, stage: "research-synthesis", status: "SUCCEEDED" } }),
    ).toBe(1);
    const alert = await h.db.alert.findFirstOrThrow({ where: { episodeId: episode.id, kind: "pipeline.failed" } });
    expect(alert.severity).toBe("CRITICAL");
    expect((await h.db.pipelineRun.findFirstOrThrow({ where: { episodeId: episode.id } })).status).toBe("FAILED");
  });
});

describe("a stage output that breaks its contract", () => {
  let b: PipelineHarness;
  beforeAll(async () => {
    const { url } = await freshDatabase();
    // Discovery returns passages of the wrong type: a bug in the stage, which no retry mends.
    const broken = {
      ...defaultStages["research-discovery"],
      run: async () => JSON.parse('{ "passages": "none", "angles": [] }'),
    };
    b = await startPipelineHarness(url, { stages: { ...defaultStages, "research-discovery": broken } });
  });
  afterAll(() => b?.close());

  it("stops the run at once, naming the stage, and stores nothing of the output", async () => {
    const show = await b.db.show.findFirstOrThrow();
    const episode = await createEpisode(
      b.db,
      b.dispatch,
      { showId: show.id, topic: "A broken stage", targetMinutes: 3, sources: SOURCES },
      b.users.producer,
    );
    await waitFor(
      "needs attention",
      async () => (await b.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "NEEDS_ATTENTION",
    );
    const saved = await b.db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(saved.statusReason).toMatch(/The research-discovery stage's output does not match its schema \(passages: /);
    const discovery = await b.db.stageRun.findFirstOrThrow({
      where: { episodeId: episode.id, stage: "research-discovery" },
    });
    expect(discovery).toMatchObject({ status: "FAILED", attempt: 1, output: null });
    expect(await b.db.stageRun.count({ where: { episodeId: episode.id, stage: { not: "research-discovery" } } })).toBe(
      0,
    );
  });
});

describe("gate timeouts", () => {
  let g: PipelineHarness;
  beforeAll(async () => {
    const { url } = await freshDatabase();
    g = await startPipelineHarness(url, { env: { SHOWRUNNER_GATE_TIMEOUT: "2s" } });
  });
  afterAll(() => g?.close());

  it("moves an episode nobody reviews to needs-attention, expiring the gate", async () => {
    const show = await g.db.show.findFirstOrThrow();
    const episode = await createEpisode(
      g.db,
      g.dispatch,
      { showId: show.id, topic: "Nobody reviews this", targetMinutes: 3, sources: SOURCES },
      g.users.producer,
    );
    await waitFor(
      "needs attention",
      async () => (await g.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "NEEDS_ATTENTION",
    );
    const gate = await g.db.gate.findFirstOrThrow({ where: { episodeId: episode.id } });
    expect(gate.status).toBe("EXPIRED");
    expect(await g.db.alert.count({ where: { episodeId: episode.id, kind: "gate.timeout" } })).toBe(1);
    expect((await g.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).statusReason).toMatch(/within 2s/);
  });

  it("a retry keeps every stage that succeeded and re-opens the gate", async () => {
    const episode = await g.db.episode.findFirstOrThrow({ where: { topic: "Nobody reviews this" } });
    await retryEpisode(g.db, g.dispatch, episode.id, g.users.producer);
    await waitFor("a second script gate", () =>
      g.db.gate.findFirst({ where: { episodeId: episode.id, status: "PENDING" } }),
    );
    const runs = await g.db.pipelineRun.findMany({ where: { episodeId: episode.id }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => r.reason)).toEqual(["create", "retry"]);
    // The research, plan, script and brand score of the first run are kept, not redone.
    for (const stage of ["research-discovery", "episode-planner", "script-writer", "brand-validator"]) {
      expect(await g.db.stageRun.count({ where: { episodeId: episode.id, stage } }), stage).toBe(1);
    }
    expect((await g.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status).toBe(
      "AWAITING_SCRIPT_APPROVAL",
    );
  });
});
