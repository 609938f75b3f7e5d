import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { finished, runOf, startTestApp, type TestApp } from "./test-app";

/** Measures how many step bodies of a group overlap. */
class Overlap {
  active = new Map<string, number>();
  max = new Map<string, number>();
  async during(groups: string[], ms: number) {
    for (const g of groups) {
      this.active.set(g, (this.active.get(g) ?? 0) + 1);
      this.max.set(g, Math.max(this.max.get(g) ?? 0, this.active.get(g)!));
    }
    await new Promise((resolve) => setTimeout(resolve, ms));
    for (const g of groups) this.active.set(g, this.active.get(g)! - 1);
  }
}
const overlap = new Overlap();
const order: string[] = [];

let t: TestApp;

beforeAll(async () => {
  const { url } = await freshDatabase();
  t = await startTestApp(url, (client) => [
    client.createFunction(
      { id: "limited", concurrency: 2, triggers: [{ event: "test/limited" }] },
      async ({ step }) => {
        await step.run("work", () => overlap.during(["limited"], 100));
        await step.run("more-work", () => overlap.during(["limited"], 50));
      },
    ),
    client.createFunction(
      { id: "per-show", concurrency: [{ limit: 1, key: "event.data.showId" }], triggers: [{ event: "test/per-show" }] },
      async ({ event, step }) => {
        await step.run("render", () => overlap.during(["per-show", `show:${event.data.showId}`], 100));
      },
    ),
    client.createFunction(
      { id: "wide", concurrency: { limit: 2 }, triggers: [{ event: "test/wide" }] },
      async ({ step }) => {
        await Promise.all([1, 2, 3, 4, 5].map((n) => step.run(`part-${n}`, () => overlap.during(["wide"], 80))));
      },
    ),
    client.createFunction(
      { id: "single", concurrency: 1, triggers: [{ event: "test/single" }] },
      async ({ event, step }) => {
        if (event.data.nap) await step.sleep("nap", "1s");
        await step.run("work", () => order.push(event.data.name));
      },
    ),
  ]);
});
afterAll(() => t?.close());

async function startAll(name: string, functionId: string, data: Record<string, unknown>[]) {
  const ids = await t.engine.send(data.map((d) => ({ name, data: d })));
  return Promise.all(ids.map((id) => runOf(t.engine, `engine-test-${functionId}`, id)));
}

async function allFinish(runIds: string[]) {
  const runs = await Promise.all(runIds.map((id) => finished(t.engine, id)));
  expect(runs.map((r) => r.status)).toEqual(runIds.map(() => "completed"));
}

describe("concurrency limits", () => {
  it("never runs more steps of a function at once than its limit", async () => {
    await allFinish(await startAll("test/limited", "limited", [{}, {}, {}, {}, {}, {}]));
    expect(overlap.max.get("limited")).toBe(2);
  });

  it("applies a keyed limit per key, from the triggering event", async () => {
    const shows = ["a", "a", "a", "b", "b", "b"].map((showId) => ({ showId }));
    await allFinish(await startAll("test/per-show", "per-show", shows));
    expect(overlap.max.get("show:a")).toBe(1);
    expect(overlap.max.get("show:b")).toBe(1);
    expect(overlap.max.get("per-show")).toBe(2);
  });

  it("counts the parallel steps of one run against the limit", async () => {
    await allFinish(await startAll("test/wide", "wide", [{}]));
    expect(overlap.max.get("wide")).toBe(2);
  });

  it("holds no slot while a run sleeps", async () => {
    const [sleeper] = await startAll("test/single", "single", [{ name: "sleeper", nap: true }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [other] = await startAll("test/single", "single", [{ name: "other" }]);
    await allFinish([sleeper!, other!]);
    expect(order).toEqual(["other", "sleeper"]);
  });
});
