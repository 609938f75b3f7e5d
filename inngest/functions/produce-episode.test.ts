import { InngestTestEngine, mockCtx } from "@inngest/test";
import { Inngest } from "inngest";
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { defaultStages } from "@/lib/pipeline/registry";
import { createProduceEpisode } from "./produce-episode";

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

function stageMocks(iterations: number, overrides: Record<string, unknown> = {}): StepMock[] {
  const mocks: StepMock[] = [
    { id: "start-run", handler: () => ({ pipelineRunId: "run1", completed: [], scriptApproved: false, finalApproved: false, brand: null }) },
    { id: "check-providers", handler: () => undefined },
    { id: "load-budget-policy", handler: () => ({ onExceed: "DOWNGRADE", alertThresholds: [80, 100], autoApprove: overrides.autoApprove ?? false }) },
    { id: "certify", handler: () => ({ id: "cert1", certified: true, blockers: [] }) },
    { id: "complete", handler: () => undefined },
  ];
  for (const key of STAGE_KEYS) {
    for (let i = 1; i <= iterations; i++) {
      const id = `${key}#${i}`;
      const output = key === "brand-validator" ? { overall: 9.6, threshold: 9.3, passed: true, violations: [], scriptVersionId: "v1" } : { passed: true };
      mocks.push({ id, handler: () => (id in overrides ? overrides[id] : { ok: true, output }) });
    }
  }
  for (const kind of ["script", "final"]) {
    for (let i = 1; i <= iterations; i++) {
      mocks.push({ id: `${kind}-gate#${i}`, handler: () => ({ id: `${kind}-gate-${i}`, status: overrides.autoApprove ? "APPROVED" : "PENDING" }) });
      mocks.push({ id: `${kind}-decided#${i}`, handler: () => undefined });
      mocks.push({ id: `${kind}-gate-expired#${i}`, handler: () => undefined });
    }
  }
  for (let i = 1; i <= iterations; i++) mocks.push({ id: `approved-script#${i}`, handler: () => "v1" });
  mocks.push({ id: "too-many-revisions", handler: () => undefined });
  return mocks;
}

/** @inngest/test cannot mock waitForEvent the documented way (inngest-js#1652), so it is replaced on the context. */
function withDecisions(decisions: Record<string, unknown>) {
  const waitForEvent = vi.fn(async (id: string) => decisions[id] ?? null);
  const transformCtx = (ctx: Parameters<typeof mockCtx>[0]) => {
    const mocked = mockCtx(ctx);
    return { ...mocked, step: { ...mocked.step, waitForEvent } } as typeof mocked;
  };
  return { waitForEvent, transformCtx };
}

const approve = (gateId: string) => ({ name: "episode/gate.decided", data: { episodeId: "ep1", gateId, decision: "APPROVED" } });
const reject = (gateId: string, comment: string) => ({ name: "episode/gate.decided", data: { episodeId: "ep1", gateId, decision: "REJECTED", comment } });

describe("produce-episode flow", () => {
  it("runs every stage once and completes without waiting when the show auto-approves and all scores pass", async () => {
    const { waitForEvent, transformCtx } = withDecisions({});
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(1, { autoApprove: true }), transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    expect(waitForEvent).not.toHaveBeenCalled();
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    for (const key of STAGE_KEYS) expect(ran).toContain(`${key}#1`);
    expect(ran).not.toContain("script-writer#2");
    expect(ran.slice(-2)).toEqual(["certify", "complete"]);
  });

  it("re-runs the script writer after a rejection, then waits for both gates matched on the gate id", async () => {
    const { waitForEvent, transformCtx } = withDecisions({
      "script-decision#1": reject("script-gate-1", "More nuance please"),
      "script-decision#2": approve("script-gate-2"),
      "final-decision#1": approve("final-gate-1"),
    });
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(2), transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toContain("script-writer#2");
    expect(ran).toContain("brand-validator#2");
    expect(ran).not.toContain("research-deep-dive#2");
    expect(waitForEvent).toHaveBeenCalledWith(
      "script-decision#2",
      expect.objectContaining({ if: 'async.data.gateId == "script-gate-2"', timeout: "72h" }),
    );
  });

  it("ends in needs-attention when a gate times out", async () => {
    const { transformCtx } = withDecisions({});
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(1), transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "gate-timeout" });
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran).toContain("script-gate-expired#1");
    expect(ran).not.toContain("tts-optimizer#1");
  });

  it("stops after more rejections than the configured limit", async () => {
    const { transformCtx } = withDecisions({
      "script-decision#1": reject("script-gate-1", "No"),
      "script-decision#2": reject("script-gate-2", "Still no"),
    });
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(2), transformCtx });
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
    const { waitForEvent, transformCtx } = withDecisions({ "budget-resumed#1": { name: "episode/budget.resumed", data: { episodeId: "ep1" } } });
    const steps = [
      ...stageMocks(3, { autoApprove: true, "research-deep-dive#1": refused, "research-deep-dive#2": refused }),
      { id: "downgrade#research-deep-dive#1", handler: () => undefined },
      { id: "pause-for-budget#1", handler: () => undefined },
      { id: "budget-resume#1", handler: () => undefined },
    ];
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps, transformCtx });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ episodeId: "ep1", status: "ready" });
    expect(waitForEvent).toHaveBeenCalledWith("budget-resumed#1", expect.objectContaining({ event: expect.anything(), if: 'async.data.episodeId == "ep1"' }));
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    const order = ["research-deep-dive#2", "pause-for-budget#1", "budget-resume#1", "research-deep-dive#3", "research-validation#1"].map((id) => ran.indexOf(id));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("re-writes a script whose brand score fails, with the violations as guidance, before any gate", async () => {
    const { transformCtx } = withDecisions({});
    const failing = { ok: true, output: { overall: 8.5, threshold: 9.3, passed: false, violations: [{ line: 2, rule: "banned-phrase", text: "game-changer" }] } };
    const t = new InngestTestEngine({ function: fn, events: [event] as never, steps: stageMocks(2, { autoApprove: true, "brand-validator#1": failing }), transformCtx });
    const { ctx } = await t.execute();
    const ran = vi.mocked(ctx.step.run).mock.calls.map((c) => c[0]);
    expect(ran.indexOf("script-writer#2")).toBeGreaterThan(ran.indexOf("brand-validator#1"));
    expect(ran.indexOf("script-gate#1")).toBeGreaterThan(ran.indexOf("brand-validator#2"));
  });
});
