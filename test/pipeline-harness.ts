import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import type { StageRegistry } from "@/lib/pipeline/registry";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import type { Dispatch } from "@/inngest/dispatch";
import type { Engine } from "@/lib/engine";
import { createProviders } from "@/lib/providers/registry";
import type { StageProviders } from "@/lib/pipeline/types";
import type { SessionUser } from "@/lib/auth/guard";
import { startPipelineHost } from "@/scripts/lib/pipeline-host";

export interface PipelineHarness {
  db: Db;
  engine: Engine;
  dispatch: Dispatch;
  serveUrl: string;
  users: Record<"producer" | "editor" | "admin", SessionUser>;
  restartEngine(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real pipeline on real parts (scripts/lib/pipeline-host.ts: the app's Inngest functions behind the SDK's
 * serve() handler, driven by the offline engine over HTTP, on one PostgreSQL database), tuned for tests: fast
 * retries and polling, a short gate timeout, demo users seeded, and audio in a temporary folder.
 */
export async function startPipelineHarness(
  databaseUrl: string,
  options: {
    env?: Record<string, string>;
    stages?: StageRegistry;
    seed?: boolean;
    /** Builds the stages' adapters instead of the configured ones (e.g. wrapped to count calls); `env` has STORAGE_DIR. */
    providers?: (env: Record<string, string>, db: Db) => Promise<StageProviders>;
  } = {},
): Promise<PipelineHarness> {
  // Offline providers, as a fresh machine has them; audio goes to a temporary folder.
  const storageDir = mkdtempSync(path.join(tmpdir(), "pipeline-audio-"));
  const host = await startPipelineHost(databaseUrl, {
    stages: options.stages,
    providers: (db) => (options.providers ?? createProviders)({ STORAGE_DIR: storageDir, ...options.env }, db),
    config: pipelineConfig({ SHOWRUNNER_GATE_TIMEOUT: "10m", ...options.env }),
    engine: { retryBaseMs: 50, pollMs: 50, log: { info() {}, warn: console.warn, error: console.error } },
  });
  try {
    const { db } = host;
    if (options.seed !== false)
      await seedDemoWorkspace(db, {
        PRODUCER: "producer-password",
        EDITOR: "editor-password",
        ADMIN: "admin-password",
      });
    const byRole = async (role: "PRODUCER" | "EDITOR" | "ADMIN") => {
      const u = await db.user.findFirstOrThrow({ where: { role }, orderBy: { createdAt: "asc" } });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    return {
      db,
      get engine() {
        return host.engine;
      },
      dispatch: host.dispatch,
      serveUrl: host.serveUrl,
      users: { producer: await byRole("PRODUCER"), editor: await byRole("EDITOR"), admin: await byRole("ADMIN") },
      restartEngine: () => host.restartEngine(),
      close: () => host.close(),
    };
  } catch (error) {
    await host.close();
    throw error;
  }
}

/** Polls until `read` returns a truthy value (or throws after `timeoutMs`, saying what it waited for). */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
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
