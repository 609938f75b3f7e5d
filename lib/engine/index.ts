import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type pg from "pg";
import { syncApp, SyncRefusedError } from "./app-sync";
import type { EngineContext } from "./context";
import { createPool } from "./db";
import { dispatchEvents } from "./dispatch";
import { insertEvents, parseEvents } from "./events";
import { migrate } from "./migrate";
import { getRun, listFunctions, listRuns, type RunDetail, type RunFilter, type RunSummary } from "./read";
import { Scheduler } from "./scheduler";
import { createServer } from "./server";
import { eventKeyProblem, signingKeyProblem } from "./signing";
import { registerApp } from "./sync";
import type { EventInput, FunctionDefinition, Logger } from "./types";
import { Worker } from "./worker";

/**
 * The offline Inngest engine: a small server speaking the Inngest SDK's HTTP protocol to an app's real
 * `serve()` endpoint, with runs, steps and waits kept in PostgreSQL (schema `inngest_engine`). See
 * docs/engine.md for what it implements and what it refuses.
 */
export interface EngineOptions {
  databaseUrl: string;
  /** The only key `POST /e/<key>` accepts (the SDK's INNGEST_EVENT_KEY). */
  eventKey: string;
  /**
   * `signkey-<env>-<64 hex digits>`: signs every request to an app and authenticates `POST /fn/register` (the SDK's
   * INNGEST_SIGNING_KEY; the app must run in cloud mode, i.e. not with INNGEST_DEV, to check it).
   */
  signingKey: string;
  /** Default 8288, the Inngest servers' port. */
  port?: number;
  host?: string;
  /** Serve URLs to sync on start, retried in the background until each app answers. */
  appUrls?: string[];
  /** First retry delay of exponential backoff (Retry-After wins when the app sends one). Default 1000. */
  retryBaseMs?: number;
  /** Requests to apps this process makes at once, at most. Default 32. */
  maxInFlight?: number;
  /** Longest wait for timers and other processes' work; in-process work starts at once. Default 200. */
  pollMs?: number;
  /** Longest silence from an app during one request before it counts as failed. Default 30 minutes. */
  requestTimeoutMs?: number;
  log?: Logger;
}

export interface Engine {
  /** Base URL of the engine, e.g. http://127.0.0.1:8288: the SDK's `baseUrl` / INNGEST_BASE_URL. */
  url: string;
  /** Sends events as `inngest.send()` would; resolves with their ids once they are dispatched. */
  send(events: EventInput | EventInput[]): Promise<string[]>;
  /** Syncs an app by its serve URL; rejects with the app's message if the sync is refused. */
  syncApp(url: string, options?: { timeoutMs?: number }): Promise<void>;
  getRun(runId: string): Promise<RunDetail | undefined>;
  listRuns(filter?: RunFilter): Promise<RunSummary[]>;
  listFunctions(): Promise<(FunctionDefinition & { appUrl: string })[]>;
  /** Stops taking work, waits up to `timeoutMs` (default 10 s) for requests in flight, and closes. */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

export async function startEngine(options: EngineOptions): Promise<Engine> {
  const problem = eventKeyProblem(options.eventKey) ?? signingKeyProblem(options.signingKey);
  if (problem) throw new Error(`The engine's keys are not usable: ${problem} (see docs/engine.md, Keys).`);
  const log = options.log ?? console;
  const pool = createPool(options.databaseUrl);
  let worker: Worker | undefined;
  try {
    await migrate(pool);
    worker = await Worker.register(options.databaseUrl, log);
    return await assemble(options, log, pool, worker);
  } catch (error) {
    await worker?.close();
    await pool.end();
    throw error;
  }
}

async function assemble(options: EngineOptions, log: Logger, pool: pg.Pool, worker: Worker): Promise<Engine> {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  const warned = new Map<string, number>();
  const ctx: EngineContext = {
    pool,
    worker,
    log,
    retryBaseMs: options.retryBaseMs ?? 1_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30 * 60_000,
    agents,
    signingKey: options.signingKey,
    warnThrottled: (key, message) => {
      if (Date.now() - (warned.get(key) ?? 0) < 60_000) return;
      warned.set(key, Date.now());
      log.warn(message);
    },
    wake: () => scheduler.wake(),
  };
  const scheduler = new Scheduler(ctx, worker, {
    pollMs: options.pollMs ?? 200,
    maxInFlight: options.maxInFlight ?? 32,
  });

  const send = async (events: EventInput | EventInput[]) => {
    const now = new Date();
    const { ids, stored } = await insertEvents(pool, parseEvents(events), now);
    // Dispatch now so a resolved send means its runs exist; the scheduler retries if this fails.
    if (stored.length) {
      const storedIds = stored.map((e) => e.id);
      await dispatchEvents(pool, now, storedIds).catch((error: Error) =>
        log.error(`[engine] dispatching events: ${error.message}`),
      );
    }
    ctx.wake();
    return ids;
  };

  const server = createServer(
    {
      register: (body) => registerApp(pool, body, log),
      events: async (body) => {
        let events: EventInput[];
        try {
          events = parseEvents(body);
        } catch (error) {
          return { status: 400, body: { ids: [], status: 400, error: (error as Error).message } };
        }
        return { status: 200, body: { ids: await send(events), status: 200 } };
      },
    },
    { eventKey: options.eventKey, signingKey: options.signingKey },
    log,
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8288, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  scheduler.wake();

  const syncing = new AbortController();
  for (const appUrl of options.appUrls ?? []) {
    void syncApp(appUrl, { timeoutMs: Number.POSITIVE_INFINITY, signal: syncing.signal }).then(
      () => log.info(`[engine] app at ${appUrl} is synced`),
      (error: Error) => {
        if (!syncing.signal.aborted || error instanceof SyncRefusedError) log.error(`[engine] ${error.message}`);
      },
    );
  }

  return {
    url,
    send,
    syncApp: (appUrl, syncOptions) => syncApp(appUrl, syncOptions),
    getRun: (runId) => getRun(pool, runId),
    listRuns: (filter) => listRuns(pool, filter),
    listFunctions: () => listFunctions(pool),
    close: async ({ timeoutMs = 10_000 } = {}) => {
      syncing.abort();
      const serverClosed = new Promise((resolve) => server.close(resolve));
      await scheduler.stop(timeoutMs);
      // Requests being answered (an event being dispatched) get a moment to finish before their sockets go.
      await Promise.race([serverClosed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
      server.closeAllConnections();
      await serverClosed;
      await worker.close();
      agents.http.destroy();
      agents.https.destroy();
      await pool.end();
    },
  };
}

export type { EventInput, EventPayload, FunctionDefinition, Logger, RunStatus, StepOutcome } from "./types";
export type { RunDetail, RunFilter, RunSummary, RunView } from "./read";
export { SyncRefusedError } from "./app-sync";
export { newEventKey, newSigningKey } from "./signing";
