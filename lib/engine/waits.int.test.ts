import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { lockEventNames, withTransaction } from "./db";
import { ensureDiscovery, lockRun } from "./run-state";
import { finished, runOf, startTestApp, waitFor, type TestApp } from "./test-app";
import { registerEventWait } from "./waits";

let t: TestApp;
let databaseUrl: string;
const bodies = new Map<string, number>();
const count = (key: string) => bodies.set(key, (bodies.get(key) ?? 0) + 1).get(key)!;

beforeAll(async () => {
  ({ url: databaseUrl } = await freshDatabase());
  t = await startTestApp(databaseUrl, (client) => {
    const square = client.createFunction({ id: "square", triggers: [] }, async ({ event }) => {
      const n = (event.data as { n: number }).n;
      if (n < 0) throw new Error("negative input");
      return n * n;
    });
    return [
      square,
      client.createFunction({ id: "nap", triggers: [{ event: "test/nap" }] }, async ({ step }) => {
        const before = await step.run("before", () => Date.now());
        await step.sleep("nap", "1s");
        const after = await step.run("after", () => Date.now());
        return { slept: after - before };
      }),
      client.createFunction({ id: "approval", triggers: [{ event: "test/review" }] }, async ({ event, step }) => {
        await step.run("prepare", () => count(`prepare:${event.data.episodeId}`));
        const decision = await step.waitForEvent("decision", {
          event: "test/decided",
          match: "data.episodeId",
          timeout: event.data.timeout ?? "1m",
        });
        return decision ? { approved: decision.data.approved } : "timed out";
      }),
      client.createFunction({ id: "caller", triggers: [{ event: "test/call" }] }, async ({ event, step }) => {
        try {
          return await step.invoke("call-square", { function: square, data: { n: event.data.n } });
        } catch (error) {
          return `invoke failed: ${(error as Error).message}`;
        }
      }),
      client.createFunction(
        {
          id: "cancellable",
          triggers: [{ event: "test/long" }],
          cancelOn: [{ event: "test/stop", if: "event.data.jobId == async.data.jobId" }],
        },
        async ({ step }) => {
          await step.sleep("long-nap", "1h");
          await step.run("never", () => count("never"));
        },
      ),
      client.createFunction(
        { id: "on-cancelled", triggers: [{ event: "inngest/function.cancelled" }] },
        async ({ event }) => ({
          functionId: event.data.function_id,
          runId: event.data.run_id,
        }),
      ),
      client.createFunction({ id: "gated", triggers: [{ event: "test/gated" }] }, async ({ event, step }) => {
        await step.run("open", async () => {
          count("gated:open");
          await gate.promise;
        });
        return step.run("close", () => event.data.value);
      }),
    ];
  });
});
afterAll(() => t?.close());

let gate = deferred();
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function start(name: string, functionId: string, data: Record<string, unknown> = {}) {
  const [eventId] = await t.engine.send({ name, data });
  return runOf(t.engine, `engine-test-${functionId}`, eventId!);
}

const waiting = (runId: string) =>
  waitFor(`run ${runId} to wait`, async () => (await t.engine.getRun(runId))?.status === "waiting");

describe("sleeps, waits and invokes", () => {
  it("sleeps, then resumes", async () => {
    const run = await finished(t.engine, await start("test/nap", "nap"));
    expect(run.status).toBe("completed");
    expect((run.output as { slept: number }).slept).toBeGreaterThanOrEqual(1_000);
    expect((run.output as { slept: number }).slept).toBeLessThan(2_000);
  });

  it("resumes a waitForEvent with the matching event only, and never with one sent before the wait", async () => {
    await t.engine.send({ name: "test/decided", data: { episodeId: "ep-1", approved: false } }); // too early
    const runId = await start("test/review", "approval", { episodeId: "ep-1" });
    await waiting(runId);
    const wait = (await t.engine.getRun(runId))!.waits[0]!;
    expect(wait).toMatchObject({
      kind: "event",
      event: "test/decided",
      expression: "event.data.episodeId == async.data.episodeId",
    });

    await t.engine.send({ name: "test/decided", data: { episodeId: "ep-other", approved: false } });
    await t.engine.send({ name: "test/decided", data: { episodeId: "ep-1", approved: true } });
    const run = await finished(t.engine, runId);
    expect(run.output).toEqual({ approved: true });
    expect(run.steps.find((s) => s.name === "decision")?.outcome).toMatchObject({
      data: { data: { episodeId: "ep-1" } },
    });
  });

  it("resolves a waitForEvent that times out with null", async () => {
    const run = await finished(t.engine, await start("test/review", "approval", { episodeId: "ep-2", timeout: "1s" }));
    expect(run.output).toBe("timed out");
  });

  it("matches an event that races the wait's registration, whichever commits first", async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl });
    try {
      for (const order of ["wait commits first", "event dispatched first"]) {
        const episodeId = `ep-race-${order.split(" ")[0]}`;
        const runId = await start("test/review", "approval", { episodeId });
        await waiting(runId);
        // Replay the registration by hand, as apply-reply does it, to control the interleaving.
        const { rows } = await pool.query("delete from inngest_engine.waits where run_id = $1 returning *", [runId]);
        const wait = rows[0];
        const registeredAt = new Date(); // when the SDK's WaitForEvent reply "arrived"
        const decision = { name: "test/decided", data: { episodeId, approved: true } };
        let sent: Promise<unknown> | undefined;
        if (order === "event dispatched first") await t.engine.send(decision);
        await withTransaction(pool, async (tx) => {
          await lockEventNames(tx, ["test/decided"]);
          const run = await lockRun(tx, runId);
          const step = { runId, stepId: wait.step_id, name: wait.step_name, op: wait.op, runEvent: run!.event };
          const options = {
            event: "test/decided",
            expression: wait.expression,
            expiresAt: wait.expires_at,
            registeredAt,
          };
          await registerEventWait(tx, step, options, new Date());
          await ensureDiscovery(tx, runId, new Date());
          if (order === "wait commits first") {
            // Sent while the wait is not yet committed: its dispatch must block on the lock, then see the wait.
            sent = t.engine.send(decision);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        });
        await sent;
        expect((await finished(t.engine, runId)).output, order).toEqual({ approved: true });
      }
    } finally {
      await pool.end();
    }
  });

  it("invokes another function and gets its result or its error", async () => {
    const ok = await finished(t.engine, await start("test/call", "caller", { n: 7 }));
    expect(ok.output).toBe(49);
    const failed = await finished(t.engine, await start("test/call", "caller", { n: -1 }), 20_000);
    expect(failed.output).toMatch(/invoke failed: .*negative input/);
  });

  it("cancels a run on a matching cancelOn event, and emits inngest/function.cancelled", async () => {
    const keep = await start("test/long", "cancellable", { jobId: "keep" });
    const stop = await start("test/long", "cancellable", { jobId: "stop" });
    await Promise.all([waiting(keep), waiting(stop)]);
    await t.engine.send({ name: "test/stop", data: { jobId: "stop" } });
    expect((await finished(t.engine, stop)).status).toBe("cancelled");
    expect((await t.engine.getRun(stop))!.waits).toEqual([]);
    expect((await t.engine.getRun(keep))!.status).toBe("waiting");
    expect(bodies.get("never")).toBeUndefined();
    const listener = await waitFor(
      "the inngest/function.cancelled run",
      async () => (await t.engine.listRuns({ functionId: "engine-test-on-cancelled" }))[0],
    );
    expect((await finished(t.engine, listener.id)).output).toEqual({
      functionId: "engine-test-cancellable",
      runId: stop,
    });
  });

  it("resumes a run waiting for an event after the engine restarts", async () => {
    const runId = await start("test/review", "approval", { episodeId: "ep-restart" });
    await waiting(runId);
    await t.restartEngine();
    expect((await t.engine.getRun(runId))!.status).toBe("waiting");
    await t.engine.send({ name: "test/decided", data: { episodeId: "ep-restart", approved: true } });
    expect((await finished(t.engine, runId)).output).toEqual({ approved: true });
  });

  it("runs again the step an engine process was running when it was killed (at least once)", async () => {
    gate = deferred();
    await t.stopEngine();
    // A real engine process, killed with SIGKILL mid-step: no cleanup of any kind runs.
    const child = spawn(process.execPath, ["--import", "tsx", "server/engine.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        INNGEST_ENGINE_PORT: "0",
        INNGEST_EVENT_KEY: t.keys.eventKey,
        INNGEST_SIGNING_KEY: t.keys.signingKey,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          const found = /listening on (http:\/\/\S+?),?\s/.exec(chunk.toString());
          if (found) resolve(found[1]!);
        });
        child.on("exit", () => reject(new Error("the engine process exited")));
      });
      const event = { name: "test/gated", data: { value: "done" } };
      const response = await fetch(`${url}/e/${t.keys.eventKey}`, { method: "POST", body: JSON.stringify(event) });
      expect(response.status).toBe(200);
      await waitFor("the step to start", async () => bodies.get("gated:open") === 1);
    } finally {
      child.kill("SIGKILL");
    }
    await t.startEngine();
    await waitFor("another engine to run the step again", async () => bodies.get("gated:open") === 2);
    gate.resolve();
    const [run] = await t.engine.listRuns({ functionId: "engine-test-gated" });
    const done = await finished(t.engine, run!.id);
    expect(done.output).toBe("done");
    expect(done.steps.map((s) => s.name)).toEqual(["open", "close"]);
  });

  it("carries on under a new identity when it loses its database session, running in-flight steps again", async () => {
    gate = deferred();
    const runId = await start("test/gated", "gated", { value: "again" });
    await waitFor("the step to start", async () => bodies.get("gated:open") === 3);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name like 'inngest-engine-worker-%' and datname = current_database()`,
    );
    await admin.end();
    await waitFor("the step to run again", async () => bodies.get("gated:open") === 4);
    gate.resolve();
    expect((await finished(t.engine, runId)).output).toBe("again");
  });
});
