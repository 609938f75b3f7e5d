import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import { newEventKey, newSigningKey, startEngine, type Engine, type EngineOptions, type Logger } from "./index";

/**
 * For the engine's integration tests: a tiny, generic Inngest app served by the SDK's real Node `serve()`
 * handler on a random port (in cloud mode: it checks the engine's signatures), and an engine on a test database
 * driving it.
 */
export const quietLog: Logger = { info: () => {}, warn: () => {}, error: () => {} };

const quietSdkLogger = { ...quietLog, debug: () => {} };

export interface TestApp {
  engine: Engine;
  /** The engine's keys, which the app's client has too. */
  keys: { eventKey: string; signingKey: string };
  client: Inngest;
  serveUrl: string;
  /** Stops the engine and starts a new one on the same database and port, as after a restart. */
  restartEngine(): Promise<void>;
  stopEngine(): Promise<void>;
  /** Starts an engine on the same database and port again. */
  startEngine(): Promise<void>;
  /** Takes the app down, and brings it back on the same port. */
  stopApp(): Promise<void>;
  startApp(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApp(
  databaseUrl: string,
  defineFunctions: (client: Inngest) => InngestFunction.Any[],
  options: Partial<EngineOptions> = {},
): Promise<TestApp> {
  const engineOptions: EngineOptions = {
    databaseUrl,
    eventKey: newEventKey(),
    signingKey: newSigningKey(),
    port: 0,
    retryBaseMs: 10,
    pollMs: 50,
    log: quietLog,
    ...options,
  };
  let engine = await startEngine(engineOptions);
  const port = Number(new URL(engine.url).port);
  const client = new Inngest({
    id: "engine-test",
    baseUrl: engine.url,
    isDev: false,
    eventKey: engineOptions.eventKey,
    signingKey: engineOptions.signingKey,
    logger: quietSdkLogger,
  });
  const app = http.createServer();
  const listen = (appPort: number) => new Promise<void>((resolve) => app.listen(appPort, "127.0.0.1", resolve));
  const stopApp = () => {
    app.closeAllConnections();
    return new Promise<void>((resolve) => app.close(() => resolve()));
  };
  await listen(0);
  const appPort = (app.address() as AddressInfo).port;
  // As the pipeline worker does: the URL the app registers is its own, whatever Host a sync request carries.
  app.on("request", serve({ client, functions: defineFunctions(client), serveOrigin: `http://127.0.0.1:${appPort}` }));
  const serveUrl = `http://127.0.0.1:${appPort}/api/inngest`;
  await engine.syncApp(serveUrl);
  const stopEngine = () => engine.close();
  const reopenEngine = async () => {
    engine = await startEngine({ ...engineOptions, port });
  };
  return {
    get engine() {
      return engine;
    },
    keys: { eventKey: engineOptions.eventKey, signingKey: engineOptions.signingKey },
    client,
    serveUrl,
    async restartEngine() {
      await stopEngine();
      await reopenEngine();
    },
    stopEngine,
    startEngine: reopenEngine,
    stopApp,
    startApp: () => listen(appPort),
    async close() {
      await engine.close();
      if (app.listening) await stopApp();
    },
  };
}

/** Polls `read` until it returns something truthy; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The id of the single run `eventId` started. */
export async function runOf(engine: Engine, functionId: string, eventId: string): Promise<string> {
  const run = await waitFor(`a run of ${functionId}`, async () =>
    (await engine.listRuns({ functionId })).find((r) => r.eventId === eventId),
  );
  return run.id;
}

/** Waits for a run to end and returns it. */
export async function finished(engine: Engine, runId: string, timeoutMs?: number) {
  return waitFor(
    `run ${runId} to end`,
    async () => {
      const run = await engine.getRun(runId);
      return run && ["completed", "failed", "cancelled"].includes(run.status) ? run : undefined;
    },
    timeoutMs,
  );
}
