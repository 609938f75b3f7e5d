import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { createDb, type Db } from "@/lib/db";
import type { PipelineConfig } from "@/lib/config";
import { defaultStages, type StageRegistry } from "@/lib/pipeline/registry";
import type { StageProviders } from "@/lib/pipeline/types";
import { createFunctions } from "@/inngest/functions";
import { stripErrorStacks } from "@/inngest/strip-error-stacks";
import { createDispatch, type Dispatch } from "@/inngest/dispatch";
import { startEngine, type Engine, type EngineOptions } from "@/lib/engine";
import { claimHoldOwner, type HoldOwner } from "@/lib/costs/hold-owner";
import { engineKeys } from "@/server/engine-keys";
import { freePort } from "./free-port";
import { guardServeHandler } from "@/worker/guard-serve-handler";

/**
 * The real pipeline hosted in this process: the app's Inngest functions behind the SDK's own serve() handler (the
 * Node adapter of the same handler Next uses, in cloud mode: it checks the engine's signatures) on a free local port,
 * and the offline engine driving it over HTTP, all on one PostgreSQL database. The keys are the studio's
 * (server/engine-keys.ts): engines sharing a database run each other's jobs, so each must be able to call every app. Used by
 * the integration tests' harness, `npm run bench:pipeline` and `npm run produce`.
 */
export interface PipelineHost {
  db: Db;
  /** The current engine (replaced by restartEngine). */
  readonly engine: Engine;
  client: Inngest;
  dispatch: Dispatch;
  serveUrl: string;
  /** Closes the engine and starts a fresh one on the same port and database (runs survive: they are in PostgreSQL). */
  restartEngine(): Promise<void>;
  close(): Promise<void>;
}

export interface PipelineHostOptions {
  /** Adapters for the stages, resolved on first use. */
  providers: (db: Db) => Promise<StageProviders>;
  config: PipelineConfig;
  stages?: StageRegistry;
  /** Engine tuning (retry backoff, polling, logging); the port is always a free one. */
  engine?: Pick<EngineOptions, "retryBaseMs" | "pollMs" | "log">;
  /** The Inngest SDK's logger; default silent (failing steps on purpose is normal in tests). */
  sdkLogger?: Record<"info" | "warn" | "error" | "debug", (...args: unknown[]) => void>;
  /**
   * Function ids are global in the engine's tables, so syncing this app points them at this process. When the
   * database is shared (the studio's), re-sync the apps they pointed at before, on close, so the studio's runs go
   * back to the studio. Failures to do so come back through `onRestoreFailed`.
   */
  restorePreviousApps?: { onRestoreFailed(url: string, error: unknown): void };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

const silent = { info() {}, warn() {}, error() {}, debug() {} };

export async function startPipelineHost(databaseUrl: string, options: PipelineHostOptions): Promise<PipelineHost> {
  const db = createDb(databaseUrl);
  const keys = engineKeys();
  const engineOptions: EngineOptions = { databaseUrl, ...keys, port: await freePort(), ...options.engine };
  let engine: Engine | undefined;
  let app: http.Server | undefined;
  let holdOwner: HoldOwner | undefined;
  try {
    // Before any stage runs: releases the budget holds a crashed earlier process left behind.
    holdOwner = await claimHoldOwner(databaseUrl, console.warn);
    engine = await startEngine(engineOptions);
    const client = new Inngest({
      id: "showrunner",
      baseUrl: engine.url,
      isDev: false,
      ...keys,
      middleware: stripErrorStacks(),
      logger: options.sdkLogger ?? silent,
    });
    let providers: Promise<StageProviders> | undefined;
    const functions = createFunctions(client, {
      db,
      stages: options.stages ?? defaultStages,
      providers: () =>
        (providers ??= options.providers(db).catch((error: unknown) => {
          providers = undefined; // a configuration error must not stick
          throw error;
        })),
      config: options.config,
      holdOwner: holdOwner.id,
    });
    app = http.createServer();
    const origin = `http://127.0.0.1:${await listen(app)}`;
    // As the worker: the URL registered is this server's, whatever Host a sync request carries.
    app.on("request", guardServeHandler(serve({ client, functions, serveOrigin: origin })));
    const serveUrl = `${origin}/api/inngest`;
    const previousApps = options.restorePreviousApps
      ? [...new Set((await engine.listFunctions()).map((f) => f.appUrl))].filter((url) => url !== serveUrl)
      : [];
    await engine.syncApp(serveUrl);

    const server = app;
    return {
      db,
      get engine() {
        return engine!;
      },
      client,
      dispatch: createDispatch(client),
      serveUrl,
      async restartEngine() {
        await engine!.close();
        engine = await startEngine(engineOptions);
      },
      async close() {
        try {
          // Only apps that still answer: an earlier run of this script (or a stopped studio) is gone, and the
          // studio's engine syncs its app again when it starts.
          for (const url of previousApps) {
            if (!(await answers(url))) continue;
            await engine!
              .syncApp(url, { timeoutMs: 10_000 })
              .catch((error: unknown) => options.restorePreviousApps?.onRestoreFailed(url, error));
          }
        } finally {
          await engine!.close();
          await new Promise((r) => server.close(r));
          await holdOwner!.close();
          await db.$disconnect();
        }
      },
    };
  } catch (error) {
    await engine?.close();
    if (app?.listening) await new Promise((r) => app!.close(r));
    await holdOwner?.close();
    await db.$disconnect();
    throw error;
  }
}
