import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SyncRefusedError } from "./index";
import { finished, runOf, startTestApp, waitFor, type TestApp } from "./test-app";

let t: TestApp;
const servers: http.Server[] = [];

beforeAll(async () => {
  const { url } = await freshDatabase();
  t = await startTestApp(url, (client) => [
    client.createFunction(
      {
        id: "filtered",
        name: "Filtered",
        retries: 1,
        concurrency: [{ limit: 3, key: "event.data.userId", scope: "env" }],
        cancelOn: [{ event: "test/stop", match: "data.id", timeout: "1h" }],
        triggers: [{ event: "test/filtered", if: "event.data.go == true" }],
      },
      async ({ event }) => event.data.n,
    ),
    client.createFunction({ id: "sender", triggers: [{ event: "test/sender" }] }, async ({ step }) => {
      await step.sendEvent("notify", { name: "test/filtered", data: { go: true, n: 42 } });
    }),
  ]);
});
afterAll(async () => {
  await t?.close();
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
});

/** Serves `functions` of another app, and returns its serve URL. */
async function serveApp(id: string, define: (client: Inngest) => InngestFunction.Any[]): Promise<string> {
  const client = new Inngest({
    id,
    baseUrl: t.engine.url,
    isDev: false,
    ...t.keys,
    logger: { info() {}, warn() {}, error() {}, debug() {} },
  });
  const server = http.createServer(serve({ client, functions: define(client) }));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
}

describe("sync", () => {
  it("stores the app's functions with what the engine implements of their options", async () => {
    const filtered = (await t.engine.listFunctions()).find((f) => f.id === "engine-test-filtered");
    expect(filtered).toEqual({
      id: "engine-test-filtered",
      name: "Filtered",
      appUrl: t.serveUrl,
      url: `${t.serveUrl}?fnId=engine-test-filtered&stepId=step`,
      triggers: [{ event: "test/filtered", expression: "event.data.go == true" }],
      maxAttempts: 2,
      concurrency: [{ limit: 3, key: "event.data.userId", scope: "env" }],
      cancel: [{ event: "test/stop", if: "event.data.id == async.data.id", timeout: "1h" }],
    });
  });

  it("refuses an option it does not implement: the PUT fails naming the function and the option", async () => {
    const url = await serveApp("other-app", (client) => [
      client.createFunction({ id: "fine", triggers: [{ event: "test/x" }] }, async () => null),
      client.createFunction(
        { id: "throttled", throttle: { limit: 1, period: "1s" }, triggers: [{ event: "test/x" }] },
        async () => null,
      ),
      client.createFunction({ id: "nightly", triggers: [{ cron: "0 3 * * *" }] }, async () => null),
    ]);
    const response = await fetch(url, { method: "PUT" });
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain('function "other-app-throttled" uses "throttle"');
    expect(message).toContain('function "other-app-nightly" uses a cron trigger ("0 3 * * *")');
    await expect(t.engine.syncApp(url)).rejects.toThrow(SyncRefusedError);
    // Nothing of a refused app is kept, not even its acceptable functions.
    expect((await t.engine.listFunctions()).map((f) => f.id)).not.toContain("other-app-fine");
  });

  it("starts only the functions whose trigger expression matches", async () => {
    const [skip, go] = await t.client
      .send([
        { name: "test/filtered", data: { go: false, n: 1 } },
        { name: "test/filtered", data: { go: true, n: 2 } },
      ])
      .then((r) => r.ids);
    const run = await finished(t.engine, await runOf(t.engine, "engine-test-filtered", go!));
    expect(run.output).toBe(2);
    expect((await t.engine.listRuns({ functionId: "engine-test-filtered" })).map((r) => r.eventId)).not.toContain(skip);
  });

  it("accepts events from step.sendEvent, and ignores a repeated event id", async () => {
    const [senderEvent] = await t.engine.send({ name: "test/sender" });
    await finished(t.engine, await runOf(t.engine, "engine-test-sender", senderEvent!));
    await waitFor("the sent event's run", async () =>
      (await t.engine.listRuns({ functionId: "engine-test-filtered" })).find((r) => r.event.data.n === 42),
    );

    const first = await t.engine.send({ name: "test/filtered", id: "once", data: { go: true, n: 7 } });
    const again = await t.engine.send({ name: "test/filtered", id: "once", data: { go: true, n: 7 } });
    expect(again).toEqual(first);
    const runs = await t.engine.listRuns({ functionId: "engine-test-filtered" });
    expect(runs.filter((r) => r.event.id === "once")).toHaveLength(1);
  });

  it("answers 404, naming the route, for API calls it does not implement", async () => {
    const response = await fetch(`${t.engine.url}/v1/signals`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: expect.stringContaining("does not implement POST /v1/signals"),
    });
  });
});
