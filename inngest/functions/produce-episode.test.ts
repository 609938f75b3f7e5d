import { InngestTestEngine, mockCtx } from "@inngest/test";
import { Inngest } from "inngest";
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { defaultStages } from "@/lib/pipeline/registry";
import { createProduceEpisode, MAX_IGNORED_GATE_EVENTS } from "./produce-episode";

// The flow only: every step is mocked, so no database is touched (`db` is never used outside steps).
const client = new Inngest({ id: "flow-test", isDev: true });
const fn = createProduceEpisode(client, {
  db: {} as Db,
  stages: defaultStages,
  providers: () => Promise.reject(new Error("the flow test mocks every step")),
  config: pipelineConfig({ SHOWRUNNER_MAX_REVISIONS: "1", SHOWRUNNER_MAX_QUALITY_RERUNS: "1" }),
});
const event = { name: "episode/pipeline.requested", data: { episodeId: "ep1", showId: "show1", reason: "create" } };

type StepMock = { id: string; handler: () => unknown };
const OPENED_AT = "2026-01-01T00:00:00.000Z"; // the gate row's createdAt; its deadline is 72 h later

/** Outputs the flow reads, in the shapes their stages' schemas declare; the flow never reads the other stages' outputs. */
const brandOutput = (score: { overall: number; passed: boolean; violations?: unknown[] }) => ({
  dimensions: [],
  threshold: 9.3,
  violations: [],
  method: "rules",
  scriptVersionId: "v1",
  scriptVersion: 1,
  ...score,
});
const qa = { score: 10, passed: true, detail: "Fine." };
const OUTPUTS: Record<string, unknown> = {
  "brand-validator": brandOutput({ overall: 9.6, passed: true }),
  "qa-cost-compliance": {
    ...qa,
    dimension: { score: 10, formula: "f", inputs: {} },
    actuals: { research: 0, content: 0, audio: 0, total: 0, budget: 5 },
    targets: { research: 1, content: 1, audio: 1, episode: 3 },
    overTarget: [],
  },
  "qa-quality-assessment": {
    ...qa,
    assessment: { dimensions: [], overall: 9, overallTarget: 8.5, meetsTarget: true, passed: true },
  },
  "qa-brand-consistency": { ...qa, scriptVersion: 1, violations: 0 },
  "qa-production-readiness": {
    ...qa,
    certification: { certified: true, verdict: "Ready.", sections: [], blockers: [], warnings: [] },
  },
};

function stageMocks(iterations: number, overrides: Record<string, unknown> = {}): StepMock[] {
  const mocks: StepMock[] = [
    {
      id: "start-run",
      handler: () => ({
        pipelineRunId: "run1",
        completed: [],
        scriptApproved: false,
        finalApproved: false,
        brand: null,
      }),
    },
    { id: "check-providers", handler: () => undefined },
    {
      id: "load-budget-policy",
      handler: () => ({
        onExceed: "DOWNGRADE",
        alertThresholds: [80, 100],
        autoApprove: overrides.autoApprove ?? false,
      }),
    },
    { id: "certify", handler: () => ({ id: "cert1", certified: true, blockers: [] }) },
    { id: "complete", handler: () => undefined },
  ];
  for (const key of STAGE_KEYS) {
    for (let i = 1; i <= iterations; i++) {
      const id = `${key}#${i}`;
      const output = OUTPUTS[key] ?? { passed: true };
      mocks.push({ id, handler: () => (id in overrides ? overrides[id] : { ok: true, output }) });
    }
  }
  for (const kind of ["script", "final"]) {
    for (let i = 1; i <= iterations; i++) {
      const gateId = `${kind}-gate#${i}`;
      const opened = {
        id: `${kind}-gate-${i}`,
        status: overrides.autoApprove ? "APPROVED" : "PENDING",
        createdAt: OPENED_AT,
        comment: null,
        automatic: !!overrides.autoApprove,
      };
      mocks.push({ id: gateId, handler: () => (gateId in overrides ? overrides[gateId] : opened) });
      mocks.push({ id: `${kind}-gate-closed#${i}`, handler: () => "gate-closed" });
      for (const wait of ["", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9", ".10", ".11"]) {
        mocks.push({ id: `${kind}-decided#${i}${wait}`, handler: () => undefined });
        mocks.push({ id: `${kind}-gate-expired#${i}${wait}`, handler: () => ({ status: "EXPIRED", comment: null }) });
        const recheck = `${kind}-decision-recheck#${i}${wait}`;
        mocks.push({
          id: recheck,
          handler: () => (recheck in overrides ? overrides[recheck] : { status: "PENDING", comment: null }),
        });
      }
    }
  }
  for (let i = 1; i <= iterations; i++) mocks.push({ id: `approved-script#${i}`, handler: () => "v1" });
  mocks.push({ id: "too-many-revisions", handler: () => undefined });
  return mocks;
}

type Row = { status: "PENDING" | "APPROVED" | "REJECTED" | "EXPIRED"; comment: string | null; readAt?: number };

/**
 * `decisions` maps a wait's step id to what the gate's row says when its event arrives (the run reads the row, not
 * the event). @inngest/test cannot mock waitForEvent the documented way (inngest-js#1652), so it is replaced on the
 * context; `steps` holds the row reads, to add to the step mocks.
 */
function withDecisions(decisions: Record<string, Row | "event">) {
  const waitForEvent = vi.fn<(id: string, opts?: unknown) => Promise<unknown>>(async (id) =>
    id in decisions ? { name: "episode/gate.decided", id: `evt-${id}`, data: { episodeId: "ep1" } } : null,
  );
  const transformCtx = (ctx: Parameters<typeof mockCtx>[0]) => {
    const mocked = mockCtx(ctx);
    return { ...mocked, step: { ...mocked.step, waitForEvent } } as typeof mocked;
  };
  const steps: StepMock[] = Object.entries(decisions)
    .filter(([id]) => id.includes("-decision"))
    .map(([id, row]) => ({ id: id.replace("-decision", "-decision-read"), handler: () => row }));
  return { waitForEvent, transformCtx, steps };
}

const approve: Row = { status: "APPROVED", comment: null };
const reject = (comment: string): Row => ({ status: "REJECTED", comment });
const pending: Row = { status: "PENDING", comment: null };

describe("produce-episode flow", () => {
  it("runs every stage once and completes without waiting when the show auto-approves and all scores pass", async () => {
    const { waitForEvent, transformCtx } = withDecisions({});
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: stageMocks(1, { autoApprove: true }),
      transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    expect(waitForEvent).not.toHaveBeenCalled();
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    for (const key of STAGE_KEYS) expect(ran).toContain(`${key}#1`);
    expect(ran).not.toContain("script-writer#2");
    expect(ran.slice(-2)).toEqual(["certify", "complete"]);
  });

  it("re-runs the script writer after a rejection, then waits for both gates matched on the gate id", async () => {
    const { waitForEvent, transformCtx, steps } = withDecisions({
      "script-decision#1": reject("More nuance please"),
      "script-decision#2": approve,
      "final-decision#1": approve,
    });
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [...stageMocks(2), ...steps],
      transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toContain("script-writer#2");
    expect(ran).toContain("brand-validator#2");
    expect(ran).not.toContain("research-deep-dive#2");
    // The first wait is short (SHOWRUNNER_GATE_FIRST_WAIT after the gate opened), then the row is read again.
    expect(waitForEvent).toHaveBeenCalledWith(
      "script-decision#2",
      expect.objectContaining({
        if: 'async.data.gateId == "script-gate-2"',
        timeout: new Date("2026-01-01T00:00:30.000Z"),
      }),
    );
  });

  it("acts on a decision made before the engine waited for it: the short first wait ends and the row is read", async () => {
    const { waitForEvent, transformCtx, steps: reads } = withDecisions({ "final-decision#1": approve });
    const steps = [...stageMocks(1, { "script-decision-recheck#1": approve }), ...reads];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-decided#1")).toBeGreaterThan(ran.indexOf("script-decision-recheck#1"));
    expect(ran).not.toContain("script-gate-expired#1");
    expect(waitForEvent.mock.calls.map((c) => c[0])).not.toContain("script-decision#1.2");
  });

  it("acts on a decision a retried gate step finds in the row, and needs a person for a gate found closed", async () => {
    const opened = (status: string, comment: string | null = null) => ({
      id: "script-gate-1",
      status,
      createdAt: OPENED_AT,
      comment,
      automatic: false,
    });
    const rejected = withDecisions({ "script-decision#2": approve, "final-decision#1": approve });
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [...stageMocks(2, { "script-gate#1": opened("REJECTED", "Shorter") }), ...rejected.steps],
      transformCtx: rejected.transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-decided#1")).toBeLessThan(ran.indexOf("script-writer#2"));
    expect(rejected.waitForEvent.mock.calls.map((c) => c[0])).not.toContain("script-decision#1");

    const closed = withDecisions({});
    const c = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: stageMocks(1, { "script-gate#1": opened("EXPIRED") }),
      transformCtx: closed.transformCtx,
    });
    const stopped = await c.execute();
    expect(stopped.result).toEqual({ episodeId: "ep1", status: "gate-closed" });
    expect(vi.mocked(stopped.ctx.step.run).mock.calls.map((call) => call[0])).toContain("script-gate-closed#1");
    expect(closed.waitForEvent).not.toHaveBeenCalled();
  });

  it("reads the row again at most SHOWRUNNER_GATE_RECHECK after the last read, so a decision without its event is acted on", async () => {
    const at = (iso: string) => Date.parse(iso);
    const { waitForEvent, transformCtx, steps: reads } = withDecisions({ "final-decision#1": approve });
    const steps = [
      ...stageMocks(1, {
        "script-decision-recheck#1": { ...pending, readAt: at("2026-01-01T00:00:30.000Z") },
        "script-decision-recheck#1.2": { ...pending, readAt: at("2026-01-01T01:00:31.000Z") },
        "script-decision-recheck#1.3": approve,
      }),
      ...reads,
    ];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const waits = waitForEvent.mock.calls.filter((c) => c[0].startsWith("script-"));
    expect(waits.map((c) => [c[0], (c[1] as { timeout: Date }).timeout.toISOString()])).toEqual([
      ["script-decision#1", "2026-01-01T00:00:30.000Z"],
      ["script-decision#1.2", "2026-01-01T01:00:30.000Z"],
      ["script-decision#1.3", "2026-01-01T02:00:31.000Z"],
    ]);
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-decided#1.3")).toBeGreaterThan(ran.indexOf("script-decision-recheck#1.3"));
    expect(ran).not.toContain("script-gate-expired#1.3");
  });

  it("never waits past the gate's deadline between re-reads", async () => {
    const { waitForEvent, transformCtx } = withDecisions({});
    const steps = stageMocks(1, {
      "script-decision-recheck#1": { ...pending, readAt: Date.parse("2026-01-03T23:30:00.000Z") },
    });
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "gate-timeout" });
    expect(waitForEvent.mock.calls.map((c) => [c[0], (c[1] as { timeout: Date }).timeout.toISOString()])).toEqual([
      ["script-decision#1", "2026-01-01T00:00:30.000Z"],
      ["script-decision#1.2", "2026-01-04T00:00:00.000Z"],
    ]);
  });

  it("needs a person when the gate is closed by something other than a cancellation while the run waits", async () => {
    const { transformCtx } = withDecisions({});
    const steps = [
      ...stageMocks(1, {
        "script-decision-recheck#1": { ...pending, readAt: Date.parse("2026-01-01T00:00:30.000Z") },
        "script-decision-recheck#1.2": {
          status: "EXPIRED",
          comment: null,
          readAt: Date.parse("2026-01-01T01:00:30.000Z"),
        },
      }),
      { id: "script-gate-closed#1.2", handler: () => "gate-closed" },
    ];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "gate-closed" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toContain("script-gate-closed#1.2");
    expect(ran).not.toContain("script-gate-expired#1.3");
  });

  it("ignores a decision event while the gate's row is pending, and keeps waiting until the same deadline", async () => {
    const { waitForEvent, transformCtx, steps } = withDecisions({
      "script-decision#1": { ...pending, readAt: Date.parse("2026-01-01T01:00:00.000Z") },
      "script-decision#1.2": pending,
      "script-decision#1.3": approve,
      "final-decision#1": approve,
    });
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [...stageMocks(1), ...steps],
      transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toEqual(
      expect.arrayContaining([
        "script-decision-read#1",
        "script-decision-read#1.2",
        "script-decision-read#1.3",
        "script-decided#1.3",
      ]),
    );
    expect(ran).not.toContain("script-decided#1");
    expect(ran.indexOf("tts-optimizer#1")).toBeGreaterThan(ran.indexOf("script-decided#1.3"));
    const waits = waitForEvent.mock.calls.filter((c) => c[0].startsWith("script-"));
    expect(waits.map((c) => c[0])).toEqual(["script-decision#1", "script-decision#1.2", "script-decision#1.3"]);
    // Short after the gate opened and after the row was read (when that read's time is known), else the deadline.
    expect(waits.map((c) => (c[1] as { timeout: Date }).timeout.toISOString())).toEqual([
      "2026-01-01T00:00:30.000Z",
      "2026-01-01T01:00:30.000Z",
      "2026-01-04T00:00:00.000Z",
    ]);
  });

  it("stops for a person after too many decision events for a gate nobody decided", async () => {
    const forged = Object.fromEntries(
      Array.from(
        { length: MAX_IGNORED_GATE_EVENTS + 1 },
        (_, i) => [i === 0 ? "script-decision#1" : `script-decision#1.${i + 1}`, pending] as const,
      ),
    );
    const { transformCtx, steps } = withDecisions(forged);
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [...stageMocks(1), ...steps],
      transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "gate-events-ignored" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => String(c[0]));
    expect(ran.filter((id) => id.startsWith("script-decision-read#"))).toHaveLength(MAX_IGNORED_GATE_EVENTS);
    expect(ran).toContain(`script-gate-expired#1.${MAX_IGNORED_GATE_EVENTS + 1}`);
    expect(ran).not.toContain("tts-optimizer#1");
  });

  it("ends in needs-attention when a gate times out", async () => {
    const { transformCtx } = withDecisions({});
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(1), transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "gate-timeout" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-decision-recheck#1")).toBeLessThan(ran.indexOf("script-gate-expired#1.2"));
    expect(ran).not.toContain("tts-optimizer#1");
  });

  it("stops after more rejections than the configured limit", async () => {
    const { transformCtx, steps } = withDecisions({
      "script-decision#1": reject("No"),
      "script-decision#2": reject("Still no"),
    });
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [...stageMocks(2), ...steps],
      transformCtx,
    });
    const { result } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "too-many-revisions" });
  });

  it("switches to the economy tier and re-runs a stage that could not afford its call", async () => {
    const { transformCtx } = withDecisions({});
    const steps = [
      ...stageMocks(2, { autoApprove: true, "research-deep-dive#1": { ok: false, reason: "budget", message: "cap" } }),
      { id: "downgrade#research-deep-dive#1", handler: () => undefined },
    ];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("downgrade#research-deep-dive#1")).toBeLessThan(ran.indexOf("research-deep-dive#2"));
  });

  it("after a budget pause is resumed, runs the refused stage again before the next one", async () => {
    const refused = { ok: false, reason: "budget", message: "cap", scope: "episode", requested: "0.02" };
    const { waitForEvent, transformCtx } = withDecisions({ "budget-resumed#1": "event" });
    const steps = [
      ...stageMocks(3, { autoApprove: true, "research-deep-dive#1": refused, "research-deep-dive#2": refused }),
      { id: "downgrade#research-deep-dive#1", handler: () => undefined },
      { id: "pause-for-budget#1", handler: () => undefined },
      { id: "budget-resume#1", handler: () => undefined },
    ];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    expect(waitForEvent).toHaveBeenCalledWith(
      "budget-resumed#1",
      expect.objectContaining({ event: expect.anything(), if: 'async.data.episodeId == "ep1"' }),
    );
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    const order = [
      "research-deep-dive#2",
      "pause-for-budget#1",
      "budget-resume#1",
      "research-deep-dive#3",
      "research-validation#1",
    ].map((id) => ran.indexOf(id));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("re-writes a script whose brand score fails, with the violations as guidance, before any gate", async () => {
    const { transformCtx } = withDecisions({});
    const violation = {
      line: 2,
      segment: 0,
      start: 0,
      end: 12,
      rule: "banned-phrase",
      text: "game-changer",
      dimension: "vocabulary",
    };
    const failing = { ok: true, output: brandOutput({ overall: 8.5, passed: false, violations: [violation] }) };
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: stageMocks(2, { autoApprove: true, "brand-validator#1": failing }),
      transformCtx,
    });
    const { ctx } = await t.execute();
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-writer#2")).toBeGreaterThan(ran.indexOf("brand-validator#1"));
    expect(ran.indexOf("script-gate#1")).toBeGreaterThan(ran.indexOf("brand-validator#2"));
    // The content judge: once, on the approved script, in its own step; the discarded draft is not judged.
    expect(ran.filter((id) => typeof id === "string" && id.startsWith("content-judge#"))).toEqual(["content-judge#1"]);
    expect(ran.indexOf("content-judge#1")).toBeGreaterThan(ran.indexOf("script-gate#1"));
    expect(ran.indexOf("tts-optimizer#1")).toBeGreaterThan(ran.indexOf("content-judge#1"));
  });

  it("scores the producer's own script as is, but brand-revises the writer's failing revision of it", async () => {
    const { transformCtx, steps } = withDecisions({
      "script-decision#1": reject("Shorter intro"),
      "script-decision#2": approve,
      "final-decision#1": approve,
    });
    const failing = { ok: true, output: brandOutput({ overall: 8.5, passed: false }) };
    const mocks = stageMocks(3, { "brand-validator#1": failing, "brand-validator#2": failing });
    const startRun = {
      id: "start-run",
      handler: () => ({
        pipelineRunId: "run1",
        completed: [],
        scriptApproved: false,
        finalApproved: false,
        brand: null,
        scriptSupplied: true,
      }),
    };
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: [startRun, { id: "skip-research-and-writing", handler: () => undefined }, ...mocks.slice(1), ...steps],
      transformCtx,
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    // Version 1, the producer's, fails and goes to the gate unrewritten; the writer's revision fails and is rewritten.
    expect(ran).not.toContain("script-writer#1");
    expect(ran.indexOf("script-gate#1")).toBeGreaterThan(ran.indexOf("brand-validator#1"));
    expect(ran.indexOf("script-writer#2")).toBeGreaterThan(ran.indexOf("script-gate#1"));
    expect(ran.indexOf("script-writer#3")).toBeGreaterThan(ran.indexOf("brand-validator#2"));
    expect(ran.indexOf("script-gate#2")).toBeGreaterThan(ran.indexOf("brand-validator#3"));
  });

  it("stops without retrying, naming the stage, when a memoized output does not match its stage's schema", async () => {
    const { transformCtx } = withDecisions({});
    const malformed = { ok: true, output: { ...brandOutput({ overall: 9.6, passed: true }), passed: "yes" } };
    const t = new InngestTestEngine({
      function: fn,
      events: [event] as never,
      steps: stageMocks(1, { autoApprove: true, "brand-validator#1": malformed }),
      transformCtx,
    });
    const { error, ctx } = await t.execute();
    expect(error).toMatchObject({
      name: "NonRetriableError",
      message: expect.stringContaining("The brand-validator stage's output does not match its schema (passed:"),
    });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toContain("brand-validator#1");
    expect(ran).not.toContain("script-gate#1");
  });
});
