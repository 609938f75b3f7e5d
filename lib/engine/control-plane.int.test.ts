import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { hashSigningKey, newEventKey, newSigningKey, signatureHeader } from "./signing";
import { finished, runOf, startTestApp, type TestApp } from "./test-app";

/**
 * The engine as a control plane no one else can drive: the real engine HTTP server and the SDK's real `serve()`
 * handler, as an attacker on the same machine would reach them.
 */
const ran = new Map<string, number>();
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

let t: TestApp;
let pool: pg.Pool;
const servers: http.Server[] = [];

beforeAll(async () => {
  const { url } = await freshDatabase();
  pool = new pg.Pool({ connectionString: url, max: 1 });
  t = await startTestApp(url, (client) => [
    client.createFunction({ id: "guarded", triggers: [{ event: "test/guarded" }] }, async ({ event, step }) => {
      return step.run("side-effect", () => {
        ran.set(event.data.tag, (ran.get(event.data.tag) ?? 0) + 1);
        return `ran ${event.data.tag}`;
      });
    }),
  ]);
});
afterAll(async () => {
  await t?.close();
  await pool?.end();
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
});

const storedEvents = async () =>
  Number((await pool.query<{ n: string }>("select count(*) as n from inngest_engine.events")).rows[0]!.n);
const guardedRuns = async () => (await t.engine.listRuns({ functionId: "engine-test-guarded" })).length;

function postEvent(key: string | null, tag: string) {
  const path = key === null ? "/e/" : `/e/${key}`;
  return fetch(`${t.engine.url}${path}`, {
    method: "POST",
    body: JSON.stringify([{ name: "test/guarded", data: { tag } }]),
  });
}

describe("events", () => {
  it("refuses an event without the engine's key, or with another, with 401: nothing is stored or run", async () => {
    const [events, runs] = [await storedEvents(), await guardedRuns()];
    for (const key of [null, "wrong-key-wrong-key", newEventKey(), `${t.keys.eventKey}x`]) {
      const response = await postEvent(key, "forged");
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ status: 401, error: expect.stringContaining("INNGEST_EVENT_KEY") });
    }
    // The SDK, given no key (dev mode sends a placeholder) or the wrong one, fails to send, saying so.
    for (const client of [
      new Inngest({ id: "intruder", baseUrl: t.engine.url, isDev: true, logger: quiet }),
      new Inngest({ id: "intruder", baseUrl: t.engine.url, isDev: false, eventKey: newEventKey(), logger: quiet }),
    ]) {
      await expect(client.send({ name: "test/guarded", data: { tag: "forged" } })).rejects.toThrow(/INNGEST_EVENT_KEY/);
    }
    expect(await storedEvents()).toBe(events);
    expect(await guardedRuns()).toBe(runs);
    expect(ran.get("forged")).toBeUndefined();
  });

  it("takes an event with the engine's key (200) and runs it, calling the app with a signature it accepts", async () => {
    const response = await postEvent(t.keys.eventKey, "keyed");
    expect(response.status).toBe(200);
    const { ids } = (await response.json()) as { ids: string[] };
    const run = await finished(t.engine, await runOf(t.engine, "engine-test-guarded", ids[0]!));
    expect(run).toMatchObject({ status: "completed", output: "ran keyed" });
    expect(ran.get("keyed")).toBe(1);
  });
});

describe("calls to the app", () => {
  const event = { name: "test/guarded", data: { tag: "direct" }, id: "direct", ts: Date.now() };
  const body = JSON.stringify({
    event,
    events: [event],
    steps: {},
    ctx: {
      run_id: "01FORGED",
      attempt: 0,
      max_attempts: 1,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: [], current: 0 },
    },
  });
  const call = (signature?: string) =>
    fetch(`${t.serveUrl}?fnId=engine-test-guarded&stepId=step`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature && { "x-inngest-signature": signature }) },
      body,
    });

  it("refuses a call the engine did not sign (none, another key, a stale or tampered one): no step runs", async () => {
    const stale = signatureHeader(body, t.keys.signingKey, Date.now() - 6 * 60_000);
    const tampered = signatureHeader(body.replace('"direct"', '"other"'), t.keys.signingKey);
    for (const signature of [undefined, "", signatureHeader(body, newSigningKey()), stale, tampered, "t=1&s=00"]) {
      const response = await call(signature);
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).toBe('{"message":"Unauthorized"}'); // no stack, no file path
    }
    expect(ran.get("direct")).toBeUndefined();
  });

  it("runs a call signed with the engine's key (the signature the engine computes is the one the SDK checks)", async () => {
    const response = await call(signatureHeader(body, t.keys.signingKey));
    expect(response.status).toBe(206);
    expect(ran.get("direct")).toBe(1);
  });
});

describe("registration", () => {
  const registered = async () => (await t.engine.listFunctions()).find((f) => f.id === "engine-test-guarded")?.url;

  /** Another app claiming the same function id, with `keys` (or none: dev mode); returns its serve URL. */
  async function impostor(options: { isDev: boolean; signingKey?: string }): Promise<string> {
    const client = new Inngest({ id: "engine-test", baseUrl: t.engine.url, ...options, logger: quiet });
    const fn = client.createFunction({ id: "guarded", triggers: [{ event: "test/guarded" }] }, async () => "hijacked");
    const server = http.createServer(serve({ client, functions: [fn] }));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
  }

  it("refuses a registration without the signing key (401): the function keeps its URL", async () => {
    const before = await registered();
    expect(before).toBe(`${t.serveUrl}?fnId=engine-test-guarded&stepId=step`);

    for (const url of [
      await impostor({ isDev: true }),
      await impostor({ isDev: false, signingKey: newSigningKey() }),
    ]) {
      const response = await fetch(url, { method: "PUT" });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toContain("INNGEST_SIGNING_KEY");
    }
    const forged = { url: "http://evil.example/api/inngest", appName: "engine-test", functions: [] };
    for (const authorization of [
      undefined,
      "Bearer nonsense",
      `Bearer ${hashSigningKey(newSigningKey())}`,
      `Bearer ${t.keys.signingKey}`,
    ]) {
      const response = await fetch(`${t.engine.url}/fn/register`, {
        method: "POST",
        headers: { ...(authorization && { authorization }) },
        body: JSON.stringify(forged),
      });
      expect(response.status).toBe(401);
    }
    expect(await registered()).toBe(before);
  });

  it("ignores the Host a sync request names: the app registers its own URL", async () => {
    const { port } = new URL(t.serveUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port, path: "/api/inngest", method: "PUT", headers: { host: "evil.example" } },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      request.end();
    });
    expect(status).toBe(200);
    expect(await registered()).toBe(`${t.serveUrl}?fnId=engine-test-guarded&stepId=step`);
  });

  it("accepts a registration with the signing key", async () => {
    const url = await impostor({ isDev: false, signingKey: t.keys.signingKey });
    try {
      await t.engine.syncApp(url);
      expect(await registered()).toBe(`${url}?fnId=engine-test-guarded&stepId=step`);
    } finally {
      await t.engine.syncApp(t.serveUrl);
    }
    expect(await registered()).toBe(`${t.serveUrl}?fnId=engine-test-guarded&stepId=step`);
  });
});
