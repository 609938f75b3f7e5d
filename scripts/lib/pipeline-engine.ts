import type { ChildProcess } from "node:child_process";
import { engineKeys } from "./engine-keys";
import { spawnPart } from "./spawn-part";

/**
 * True when INNGEST_* variables name a real Inngest server (Dev Server, Cloud or self-hosted): no offline engine then.
 * Keys alone do not: they are the offline engine's keys when set (Inngest Cloud is named by its API's URL).
 */
export function usesExternalInngest(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_DEV || env.INNGEST_BASE_URL || env.INNGEST_API_BASE_URL || env.INNGEST_EVENT_API_BASE_URL);
}

/**
 * What the engine, the worker and the web server need in their environment to talk to the offline engine at
 * `engineUrl`: its URL and its keys, with the SDK in cloud mode (no INNGEST_DEV), so the worker checks the engine's
 * signature on every call and events need the key.
 */
export function offlineEngineEnv(env: Record<string, string | undefined>, engineUrl: string) {
  const { eventKey, signingKey } = engineKeys(env);
  return { INNGEST_BASE_URL: engineUrl, INNGEST_EVENT_KEY: eventKey, INNGEST_SIGNING_KEY: signingKey };
}

/**
 * The offline engine as a process of its own (scripts/engine.ts) on `port`, syncing the worker at `workerServeUrl`,
 * with the keys of `env` (offlineEngineEnv); it says "listening" over IPC when it serves (spawn-part.ts saysListening)
 * and stops when this process dies.
 */
export function spawnPipelineEngine(env: NodeJS.ProcessEnv, port: number, workerServeUrl: string): ChildProcess {
  return spawnPart(["--import", "tsx", "scripts/engine.ts"], { ...env, INNGEST_ENGINE_PORT: String(port), INNGEST_ENGINE_APP_URLS: workerServeUrl });
}
