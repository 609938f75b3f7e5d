import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonRetriableError, RetryAfterError } from "inngest";
import { freshDatabase } from "@/test/db";
import { finished, runOf, startTestApp, waitFor, type TestApp } from "./test-app";

/** Counts what the app's code did, to tell what the engine made it run. */
const calls = new Map<string, number>();
const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1).get(key)!;
const stamps = new Map<string, number[]>();
const stamp = (key: string) => stamps.set(key, [...(stamps.get(key) ?? []), Date.now()]);

let t: TestApp;

beforeAll(async () => {
  const { url } = await freshDatabase();
  t = await startTestApp(
    url,
    (client) => {
      // Declared apart: inside the array literal, TypeScript cannot infer onFailure's argument.
      const doomed = client.createFunction(
        {
          id: "doomed",
          retries: 2,
          triggers: [{ event: "test/doomed" }],
          onFailure: async ({ event, error, step }) => {
            await step.run("record-failure", () => count("doomed:on-failure"));
            return { original: event.data.event.data as unknown, message: error.message };
          },
        },
        async ({ event, step }) => {
          await step.run("always-fails", () => {
            count("doomed");
            throw new Error(`cannot process ${event.data.item}`);
          });
        },
      );
      return [
        client.createFunction({ id: "sequence", triggers: [{ event: "test/sequence" }] }, async ({ event, step }) => {
          count("sequence:invocations");
          const a = await step.run("a", () => (count("sequence:a"), event.data.start + 1));
          const b = await step.run("b", () => (count("sequence:b"), a * 10));
          const c = await step.run("c", () => (count("sequence:c"), { b, done: true }));
          return { a, b, c };
        }),
        client.createFunction({ id: "fan-out", triggers: [{ event: "test/fan-out" }] }, async ({ step }) => {
          const values = await Promise.all(
            [1, 2, 3].map((n) => step.run(`part-${n}`, async () => (count(`fan-out:${n}`), await sleep(50), n * n))),
          );
          const total = await step.run("sum", () => values.reduce((x, y) => x + y, 0));
          return { values, total };
        }),
        client.createFunction(
          { id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] },
          async ({ step, attempt }) => {
            return step.run("call-provider", () => {
              const n = count("flaky");
              stamp("flaky");
              if (n === 1) throw new RetryAfterError("rate limited", 1_000);
              if (n < 4) throw new Error(`transient failure ${n}`);
              return { n, attempt };
            });
          },
        ),
        doomed,
        client.createFunction(
          { id: "refuses", retries: 5, triggers: [{ event: "test/refuses" }] },
          async ({ step }) => {
            await step.run("validate", () => {
              count("refuses");
              throw new NonRetriableError("the input is invalid");
            });
          },
        ),
        client.createFunction({ id: "throws", retries: 1, triggers: [{ event: "test/throws" }] }, async () => {
          count("throws");
          throw new Error("outside any step");
        }),
        client.createFunction(
          { id: "catches", triggers: [{ event: "test/catches" }], retries: 0 },
          async ({ step }) => {
            try {
              await step.run("breaks", () => {
                throw new Error("boom");
              });
            } catch (error) {
              return step.run("recover", () => `recovered from ${(error as Error).message}`);
            }
          },
        ),
      ];
    },
    { pollMs: 1_000 },
  ); // work must start on in-process wake-ups and timers, not on polls
});
afterAll(() => t?.close());

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function runFor(name: string, functionId: string, data: Record<string, unknown> = {}) {
  const [eventId] = await t.engine.send({ name, data });
  return finished(t.engine, await runOf(t.engine, `engine-test-${functionId}`, eventId!));
}

describe("the step loop", () => {
  it("memoizes steps: each body runs once although the function is called once per step", async () => {
    const run = await runFor("test/sequence", "sequence", { start: 1 });
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ a: 2, b: 20, c: { b: 20, done: true } });
    expect([calls.get("sequence:a"), calls.get("sequence:b"), calls.get("sequence:c")]).toEqual([1, 1, 1]);
    expect(calls.get("sequence:invocations")).toBe(4);
    expect(run.steps.map((s) => [s.name, s.op, s.attempts])).toEqual([
      ["a", "StepRun", 1],
      ["b", "StepRun", 1],
      ["c", "StepRun", 1],
    ]);
  });

  it("runs parallel steps in parallel, each once, and resumes when all are done", async () => {
    const started = Date.now();
    const run = await runFor("test/fan-out", "fan-out");
    expect(run.output).toEqual({ values: [1, 4, 9], total: 14 });
    expect([1, 2, 3].map((n) => calls.get(`fan-out:${n}`))).toEqual([1, 1, 1]);
    expect(run.steps.map((s) => s.name).slice(-1)).toEqual(["sum"]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("retries a failing step, honouring Retry-After, then backing off, and counts attempts", async () => {
    const run = await runFor("test/flaky", "flaky");
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ n: 4, attempt: 3 });
    expect(run.steps[0]).toMatchObject({ name: "call-provider", attempts: 4 });
    const [first, second] = stamps.get("flaky")!;
    // RetryAfterError(…, 1000) asks for at least a second; the backoff retries (base 10 ms) are quick.
    expect(second! - first!).toBeGreaterThanOrEqual(950);
  });

  it("fails a run after its last attempt and runs onFailure with the original event", async () => {
    const run = await runFor("test/doomed", "doomed", { item: "episode-7" });
    expect(run.status).toBe("failed");
    expect(calls.get("doomed")).toBe(3);
    expect(run.error).toMatchObject({ message: expect.stringContaining("cannot process episode-7") });

    const failure = await waitFor(
      "the onFailure run",
      async () => (await t.engine.listRuns({ functionId: "engine-test-doomed-failure" }))[0],
    );
    const done = await finished(t.engine, failure.id);
    expect(done.status).toBe("completed");
    expect(done.event.name).toBe("inngest/function.failed");
    expect(done.event.data).toMatchObject({ function_id: "engine-test-doomed", run_id: run.id });
    expect(done.output).toEqual({
      original: { item: "episode-7" },
      message: expect.stringContaining("cannot process episode-7"),
    });
    expect(calls.get("doomed:on-failure")).toBe(1);
  });

  it("does not retry a NonRetriableError", async () => {
    const run = await runFor("test/refuses", "refuses");
    expect(run.status).toBe("failed");
    expect(calls.get("refuses")).toBe(1);
    expect(run.error).toMatchObject({ message: expect.stringContaining("the input is invalid") });
  });

  it("retries an error thrown outside steps as a whole-function retry", async () => {
    const run = await runFor("test/throws", "throws");
    expect(run.status).toBe("failed");
    expect(calls.get("throws")).toBe(2);
    expect(run.error).toMatchObject({ name: "Error", message: "outside any step" });
  });

  it("keeps a run while its app is down, spending no attempts, and goes on when it is back", async () => {
    await t.stopApp();
    const [eventId] = await t.engine.send({ name: "test/sequence", data: { start: 5 } });
    const runId = await runOf(t.engine, "engine-test-sequence", eventId!);
    await sleep(300); // many retry periods (retryBaseMs is 10 in these tests)
    const waiting = await t.engine.getRun(runId);
    expect(waiting).toMatchObject({ status: "running", jobs: [{ stepId: null, attempt: 0 }] });
    await t.startApp();
    expect((await finished(t.engine, runId)).output).toEqual({ a: 6, b: 60, c: { b: 60, done: true } });
  });

  it("starts the next step within milliseconds of a reply, not at the next poll", async () => {
    const before = calls.get("sequence:invocations")!;
    const started = Date.now();
    await runFor("test/sequence", "sequence", { start: 0 });
    expect(calls.get("sequence:invocations")! - before).toBe(4);
    // Four calls to the app, though the engine polls only once a second here: each reply wakes it.
    expect(Date.now() - started).toBeLessThan(400);
  });

  it("lets a function catch a step's final error", async () => {
    const run = await runFor("test/catches", "catches");
    expect(run.status).toBe("completed");
    expect(run.output).toBe("recovered from boom");
    expect(run.steps.map((s) => [s.name, "error" in s.outcome])).toEqual([
      ["breaks", true],
      ["recover", false],
    ]);
  });
});
