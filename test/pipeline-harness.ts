import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest } from "inngest";
import { serve } from "inngest/node";
import { createDb, type Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { defaultStages, type StageRegistry } from "@/lib/pipeline/registry";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { createFunctions } from "@/inngest/functions";
import { createDispatch, type Dispatch } from "@/inngest/dispatch";
import { startEngine, type Engine } from "@/lib/engine";
import { createProviders, type Providers } from "@/lib/providers/registry";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/guard";

export interface PipelineHarness {
  db: Db;
  engine: Engine;
  dispatch: Dispatch;
  serveUrl: string;
  users: Record<"producer" | "editor" | "admin", SessionUser>;
  restartEngine(): Promise<void>;
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  const port = await listen(probe);
  await new Promise((r) => probe.close(r));
  return port;
}

/**
 * The real pipeline on real parts: the app's Inngest functions behind the SDK's own serve() handler (the Node
 * adapter of the same handler Next uses), the offline engine driving it over HTTP, all on one PostgreSQL database.
 */
export async function startPipelineHarness(
  databaseUrl: string,
  options: { env?: Record<string, string>; stages?: StageRegistry; seed?: boolean } = {},
): Promise<PipelineHarness> {
  const db = createDb(databaseUrl);
  if (options.seed !== false) await seedDemoWorkspace(db, { PRODUCER: "producer-password", EDITOR: "editor-password", ADMIN: "admin-password" });
  const byRole = async (role: "PRODUCER" | "EDITOR" | "ADMIN") => {
    const u = await db.user.findFirstOrThrow({ where: { role }, orderBy: { createdAt: "asc" } });
    return { id: u.id, email: u.email, name: u.name, role: u.role };
  };

  const enginePort = await freePort();
  const engineOptions = { databaseUrl, port: enginePort, retryBaseMs: 50, pollMs: 50, log: { info() {}, warn: console.warn, error: console.error } };
  let engine = await startEngine(engineOptions);
  // The failure-policy tests fail steps on purpose; the SDK's console reports of those are noise here.
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };
  const client = new Inngest({ id: "showrunner", baseUrl: engine.url, isDev: true, logger: quiet });
  // Offline providers, as a fresh machine has them; audio goes to a temporary folder.
  const storageDir = mkdtempSync(path.join(tmpdir(), "pipeline-audio-"));
  let providers: Promise<Providers> | undefined;
  const functions = createFunctions(client, {
    db,
    stages: options.stages ?? defaultStages,
    providers: () => (providers ??= createProviders({ STORAGE_DIR: storageDir, ...options.env }, db)),
    config: pipelineConfig({ SHOWRUNNER_GATE_TIMEOUT: "10m", ...options.env }),
  });
  const app = http.createServer(serve({ client, functions }));
  const appPort = await listen(app);
  const serveUrl = `http://127.0.0.1:${appPort}/api/inngest`;
  await engine.syncApp(serveUrl);

  return {
    db,
    get engine() {
      return engine;
    },
    dispatch: createDispatch(client),
    serveUrl,
    users: { producer: await byRole("PRODUCER"), editor: await byRole("EDITOR"), admin: await byRole("ADMIN") },
    async restartEngine() {
      await engine.close();
      engine = await startEngine(engineOptions);
    },
    async close() {
      await engine.close();
      await new Promise((r) => app.close(r));
      await db.$disconnect();
    },
  };
}

/** Polls until `read` returns a truthy value (or throws after `timeoutMs`, saying what it waited for). */
export async function waitFor<T>(what: string, read: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${last}` : ""}`);
}

export const SOURCES = [
  {
    title: "Sleep and memory",
    kind: "MARKDOWN" as const,
    content:
      "# Sleep and memory\n\nA 2019 study of 120 adults found that a full night of sleep improved recall of new words by about 20 percent. " +
      "The researchers caution that the sample was small and mostly students. Slow-wave sleep appears to replay the day's experiences in the hippocampus. " +
      "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.",
  },
  {
    title: "Naps",
    kind: "TEXT" as const,
    content:
      "Short naps of twenty minutes can restore alertness without the grogginess of deep sleep. " +
      "Longer naps that reach slow-wave sleep may help consolidate memories but can leave people groggy for a while. " +
      "The evidence on naps and long-term learning is still early and mixed across studies.",
  },
];
