import http from "node:http";
import type { AddressInfo } from "node:net";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { BudgetExceededError } from "@/lib/domain/budget";
import { AttemptEndedError, createMeter } from "./meter";
import { UnpricedUsageError } from "./prices";
import { monthStart } from "./budget-scopes";
import { DEFAULT_HOSTED_EQUIVALENTS } from "./default-prices";

let db: Db;
let showId: string;
let producerId: string;
const webhookCalls: unknown[] = [];
let webhook: http.Server;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db, { PRODUCER: "p".repeat(12), EDITOR: "e".repeat(12), ADMIN: "a".repeat(12) });
  showId = (await db.show.findFirstOrThrow()).id;
  producerId = (await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } })).id;
  await db.price.create({ data: { provider: "acme", model: "m1", unit: "input_token", unitPrice: "0.000003" } });
  await db.price.create({ data: { provider: "acme", model: "m1", unit: "output_token", unitPrice: "0.000015" } });
  webhook = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      webhookCalls.push(JSON.parse(raw));
      res.end("ok");
    });
  });
  await new Promise<void>((r) => webhook.listen(0, "127.0.0.1", r));
  await db.budgetPolicy.update({
    where: { showId },
    data: { alertWebhookUrl: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook` },
  });
});
afterAll(() => new Promise((r) => webhook.close(r)));

async function episodeWithStage(budget: string) {
  const episode = await db.episode.create({
    data: { showId, createdById: producerId, title: "t", topic: "t", budget },
  });
  const run = await db.pipelineRun.create({ data: { episodeId: episode.id } });
  const stageRun = await db.stageRun.create({
    data: { pipelineRunId: run.id, episodeId: episode.id, stage: "script-writer" },
  });
  return { episode, stageRun };
}

const tokens = (unit: string, quantity: number) => ({ provider: "acme", model: "m1", unit, quantity });

describe("the cost ledger", () => {
  it("charges exact decimal amounts once per (step, attempt, call): a re-executed step does not charge again", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const first = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    expect((await first.charge(tokens("input_token", 1000))).toString()).toBe("0.003");
    expect((await first.charge(tokens("output_token", 333))).toString()).toBe("0.004995");
    // The same step and attempt executed again after a crash: same keys, nothing new.
    const replay = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    await replay.charge(tokens("input_token", 1000));
    await replay.charge(tokens("output_token", 333));
    const entries = await db.costEntry.findMany({ where: { episodeId: episode.id } });
    expect(entries.map((e) => e.idempotencyKey).sort()).toEqual([`${stageRun.id}:1:0`, `${stageRun.id}:1:1`]);
    const saved = await db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(saved.costTotal.toString()).toBe("0.007995");
    expect((await db.stageRun.findUniqueOrThrow({ where: { id: stageRun.id } })).cost.toString()).toBe("0.007995");
  });

  it("refuses, before the call is made, a call that would pass the episode's hard cap, and raises an alert", async () => {
    const { episode, stageRun } = await episodeWithStage("0.01");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    let called = false;
    const attempt = meter.authorize([tokens("output_token", 1000)]).then(() => (called = true));
    await expect(attempt).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(attempt).rejects.toThrow(/episode's hard cap \(\$0\.01\)/);
    expect(called).toBe(false);
    const alert = await db.alert.findFirstOrThrow({ where: { episodeId: episode.id, kind: "budget.refused" } });
    expect(alert.severity).toBe("CRITICAL");
    expect(await db.costEntry.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await db.budgetHold.count({ where: { episodeId: episode.id } })).toBe(0);
  });

  it("holds authorised amounts, so parallel calls cannot together pass the cap", async () => {
    const { episode, stageRun } = await episodeWithStage("0.05");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    // Each call may cost up to $0.015; only three fit under $0.05.
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => meter.authorize([tokens("output_token", 1000)])),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(
      results
        .filter((r) => r.status === "rejected")
        .every((r) => (r as PromiseRejectedResult).reason instanceof BudgetExceededError),
    ).toBe(true);
    for (const r of results) if (r.status === "fulfilled") await meter.release(r.value);
    expect(await db.budgetHold.count({ where: { episodeId: episode.id } })).toBe(0);
  });

  it("alerts once at each threshold, in the app and on the webhook", async () => {
    const { episode, stageRun } = await episodeWithStage("0.01");
    // The test's webhook listens on loopback, which only a test may let through the address policy.
    const meter = createMeter(
      db,
      { episodeId: episode.id, stageRunId: stageRun.id, stage: "script-writer", attempt: 1 },
      { webhook: { allowAddressesForTests: ["127.0.0.1"] } },
    );
    await meter.charge(tokens("input_token", 2800)); // $0.0084 = 84%
    await meter.charge(tokens("input_token", 100)); // 87%: no new threshold
    await meter.charge(tokens("input_token", 600)); // $0.0105 = 105%
    const alerts = await db.alert.findMany({
      where: { episodeId: episode.id, kind: "budget.threshold" },
      orderBy: { createdAt: "asc" },
    });
    expect(alerts.map((a) => (a.data as { percent: number }).percent)).toEqual([80, 100]);
    expect(alerts.map((a) => a.severity)).toEqual(["WARNING", "CRITICAL"]);
    expect(webhookCalls.filter((c) => JSON.stringify(c).includes(episode.id))).toHaveLength(2);
  });

  it("monthly totals are the exact Decimal sum of the month's entries, and the monthly cap is enforced", async () => {
    const entries = await db.costEntry.findMany({ where: { createdAt: { gte: monthStart() } } });
    const exact = entries.reduce((sum, e) => sum.plus(e.amount.toString()), new Decimal(0));
    const aggregate = await db.costEntry.aggregate({
      where: { createdAt: { gte: monthStart() } },
      _sum: { amount: true },
    });
    expect(aggregate._sum.amount!.toString()).toBe(exact.toString());
    expect(exact.toString()).toBe("0.018495"); // 0.007995 + 0.0105

    await db.budgetPolicy.update({ where: { showId }, data: { monthlyCap: "0.02" } });
    const { episode, stageRun } = await episodeWithStage("5.00");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    await expect(meter.authorize([tokens("input_token", 1000)])).rejects.toThrow(/show's monthly cap \(\$0\.02\)/);
  });
});

describe("hosted usage with no price", () => {
  it("is refused before the call, with no hold and no ledger entry, never charged $0; offline usage stays $0", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    const unpriced = { provider: "openai", model: "gpt-unknown", unit: "input_token", quantity: 1000 };
    await expect(meter.authorize([unpriced])).rejects.toThrow(
      "openai gpt-unknown has no price per input_token in the price table, so the call was refused rather than charged $0: add one in Admin → Prices or choose a priced model",
    );
    await expect(meter.charge(unpriced)).rejects.toBeInstanceOf(UnpricedUsageError);
    expect(await db.budgetHold.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await db.costEntry.count({ where: { episodeId: episode.id } })).toBe(0);

    const hold = await meter.authorize([{ provider: "festival", model: "slt", unit: "character", quantity: 500 }]);
    await meter.release(hold);
    expect(
      (await meter.charge({ provider: "festival", model: "slt", unit: "character", quantity: 500 })).toString(),
    ).toBe("0");
  });
});

describe("projected costs", () => {
  it("prices offline usage at the hosted provider it stands in for, as a projection that is never charged", async () => {
    await db.price.create({
      data: { provider: "elevenlabs", model: "eleven_multilingual_v2", unit: "character", unitPrice: "0.0001" },
    });
    const { episode, stageRun } = await episodeWithStage("5.00");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "audio-synthesizer",
      attempt: 1,
    });
    expect(
      (await meter.charge({ provider: "offline", model: "festival", unit: "character", quantity: 1500 })).toString(),
    ).toBe("0");
    const entry = await db.costEntry.findFirstOrThrow({ where: { episodeId: episode.id } });
    expect(entry.amount.toString()).toBe("0");
    expect(entry.projectedAmount?.toString()).toBe("0.15");
    const saved = await db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect(saved.costTotal.toString()).toBe("0");
    expect(saved.projectedCost.toString()).toBe("0.15");
  });
});

describe("an OpenAI-compatible server", () => {
  // What lib/providers/list-billed-units.ts lists for LLM_BASE_URL=https://openrouter.ai/api/v1 (a paid gateway).
  const gateway = ["input_token", "output_token"].map((unit) => ({
    provider: "openai-compatible",
    model: "qwen/qwen-2.5-72b-instruct",
    unit,
    setting: "LLM_MODEL=qwen/qwen-2.5-72b-instruct",
  }));
  const usage = (model: string, quantity: number) => ({
    provider: "openai-compatible",
    model,
    unit: "input_token",
    quantity,
  });

  it("on a paid gateway with no price, is refused before the call naming the model and its setting, never charged $0", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const scope = { episodeId: episode.id, stageRunId: stageRun.id, stage: "script-writer", attempt: 1 };
    const meter = createMeter(db, scope, { billedUnits: gateway });
    const unpriced = usage("qwen/qwen-2.5-72b-instruct", 1000);
    await expect(meter.authorize([unpriced])).rejects.toThrow(
      "openai-compatible qwen/qwen-2.5-72b-instruct has no price per input_token in the price table, so the call was refused rather than charged $0: " +
        "add one in Admin → Prices or choose a priced model (this one is chosen by LLM_MODEL=qwen/qwen-2.5-72b-instruct)",
    );
    await expect(meter.charge(unpriced)).rejects.toBeInstanceOf(UnpricedUsageError);
    expect(await db.budgetHold.count({ where: { episodeId: episode.id } })).toBe(0);
    expect(await db.costEntry.count({ where: { episodeId: episode.id } })).toBe(0);
  });

  it("on a paid gateway with a price, is charged that price, and the charge is not replaced by a projection", async () => {
    await db.price.create({
      data: {
        provider: "openai-compatible",
        model: "qwen/qwen-2.5-72b-instruct",
        unit: "input_token",
        unitPrice: "0.0000004",
      },
    });
    const { episode, stageRun } = await episodeWithStage("5.00");
    const scope = { episodeId: episode.id, stageRunId: stageRun.id, stage: "script-writer", attempt: 1 };
    const meter = createMeter(db, scope, { billedUnits: gateway });
    expect((await meter.charge(usage("qwen/qwen-2.5-72b-instruct", 10_000))).toString()).toBe("0.004");
    const entry = await db.costEntry.findFirstOrThrow({ where: { episodeId: episode.id } });
    expect(entry.projectedAmount).toBeNull();
    const saved = await db.episode.findUniqueOrThrow({ where: { id: episode.id } });
    expect([saved.costTotal.toString(), saved.projectedCost.toString()]).toEqual(["0.004", "0.004"]);
  });

  it("on this machine, is charged $0 and projected at the hosted model; an unpriced projection target falls back to the default's price", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const scope = { episodeId: episode.id, stageRunId: stageRun.id, stage: "script-writer", attempt: 1 };
    // A target no price row names (a model name left set that Anthropic does not sell): the default, Sonnet, stands in.
    const hostedEquivalents = {
      ...DEFAULT_HOSTED_EQUIVALENTS,
      writer: () => ({ provider: "anthropic", model: "llama3.1:8b" }),
    };
    const meter = createMeter(db, scope, { hostedEquivalents, billedUnits: [] });
    expect((await meter.charge(usage("llama3.1:8b", 10_000))).toString()).toBe("0");
    const entry = await db.costEntry.findFirstOrThrow({ where: { episodeId: episode.id } });
    expect(entry.projectedAmount?.toString()).toBe("0.03"); // 10,000 tokens at Sonnet's $0.000003
  });
});

// Last: its charge would change the month totals the tests above assert.
describe("the end of an attempt", () => {
  it("refuses to charge an attempt that has ended or been superseded, writing nothing", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const meter = createMeter(db, {
      episodeId: episode.id,
      stageRunId: stageRun.id,
      stage: "script-writer",
      attempt: 1,
    });
    await meter.charge(tokens("input_token", 1000));
    await db.stageRun.update({ where: { id: stageRun.id }, data: { status: "FAILED", endedAt: new Date() } });
    await expect(meter.charge(tokens("input_token", 1000))).rejects.toBeInstanceOf(AttemptEndedError);
    await db.stageRun.update({ where: { id: stageRun.id }, data: { status: "RUNNING", endedAt: null, attempt: 2 } });
    await expect(meter.charge(tokens("input_token", 1000))).rejects.toBeInstanceOf(AttemptEndedError);
    expect(await db.costEntry.count({ where: { stageRunId: stageRun.id } })).toBe(1);
    expect((await db.episode.findUniqueOrThrow({ where: { id: episode.id } })).costTotal.toString()).toBe("0.003");
  });

  it("keys a named call by its name: a re-executed step that skips a call it no longer needs still charges the next", async () => {
    const { episode, stageRun } = await episodeWithStage("5.00");
    const scope = { episodeId: episode.id, stageRunId: stageRun.id, stage: "script-writer", attempt: 1 };
    await createMeter(db, scope).charge(tokens("input_token", 1000), "line-a:0");
    // After a crash the same attempt runs again: line A's take is stored and reused (no call), line B is a new call.
    const replay = createMeter(db, scope);
    expect((await replay.charge(tokens("input_token", 2000), "line-b:0")).toString()).toBe("0.006");
    await replay.charge(tokens("input_token", 1000), "line-a:0"); // had it been said again: not charged twice
    const entries = await db.costEntry.findMany({ where: { episodeId: episode.id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => e.idempotencyKey)).toEqual([`${stageRun.id}:1:line-a:0`, `${stageRun.id}:1:line-b:0`]);
    expect((await db.episode.findUniqueOrThrow({ where: { id: episode.id } })).costTotal.toString()).toBe("0.009");
  });
});
