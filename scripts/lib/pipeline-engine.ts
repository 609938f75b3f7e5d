import type { ChildProcess } from "node:child_process";
import { spawnPart } from "./spawn-part";

/** True when INNGEST_* variables name a real Inngest server (Dev Server, Cloud or self-hosted): no offline engine then. */
export function usesExternalInngest(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_DEV || env.INNGEST_EVENT_KEY || env.INNGEST_BASE_URL);
}

/**
 * The offline engine as a process of its own (scripts/engine.ts) on `port`, syncing the worker at `workerServeUrl`;
 * it says "listening" over IPC when it serves (spawn-part.ts saysListening) and stops when this process dies.
 */
export function spawnPipelineEngine(env: NodeJS.ProcessEnv, port: number, workerServeUrl: string): ChildProcess {
  return spawnPart(["--import", "tsx", "scripts/engine.ts"], { ...env, INNGEST_ENGINE_PORT: String(port), INNGEST_ENGINE_APP_URLS: workerServeUrl });
}
