import type { ChildProcess } from "node:child_process";
import { engineKeys } from "@/server/engine-keys";
import { spawnPart } from "./spawn-part";

/**
 * True when INNGEST_* variables name a real Inngest server (Dev Server, Cloud or self-hosted): no offline engine then.
 * Keys alone do not: they are the offline engine's keys when set (Inngest Cloud is named by its API's URL).
 */
export function usesExternalInngest(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.INNGEST_DEV || env.INNGEST_BASE_URL || env.INNGEST_API_BASE_URL || env.INNGEST_EVENT_API_BASE_URL);
}

/**
 * The warning `npm start` gives when Inngest keys are set but no server URL: before the offline engine had keys,
 * keys alone meant Inngest Cloud, and such a deployment would now quietly run its pipeline offline. Undefined otherwise.
 */
export function offlineKeysWarning(env: Record<string, string | undefined> = process.env): string | undefined {
  const set = ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"].filter((name) => env[name]?.trim());
  if (set.length === 0 || usesExternalInngest(env)) return undefined;
  return (
    `${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set but no Inngest server URL is: the offline engine starts here and uses ` +
    `${set.length > 1 ? "them as its keys" : "it as its key"}. To run the pipeline on Inngest Cloud, also set ` +
    "INNGEST_API_BASE_URL=https://api.inngest.com (a self-hosted server: INNGEST_BASE_URL); keys alone no longer mean Inngest Cloud."
  );
}

/**
 * What the engine and the worker need in their environment to talk to the offline engine at `engineUrl`: its URL and
 * its keys, with the SDK in cloud mode (no INNGEST_DEV), so the worker checks the engine's signature on every call and
 * events need the key. The web server gets it without the signing key (web-server-env.ts).
 */
export function offlineEngineEnv(env: Record<string, string | undefined>, engineUrl: string) {
  const { eventKey, signingKey } = engineKeys(env);
  return { INNGEST_BASE_URL: engineUrl, INNGEST_EVENT_KEY: eventKey, INNGEST_SIGNING_KEY: signingKey };
}

/**
 * The offline engine as a process of its own (server/engine.ts) on `port`, syncing the worker at `workerServeUrl`,
 * with the keys of `env` (offlineEngineEnv); it says "listening" over IPC when it serves (spawn-part.ts saysListening)
 * and stops when this process dies.
 */
export function spawnPipelineEngine(env: NodeJS.ProcessEnv, port: number, workerServeUrl: string): ChildProcess {
  return spawnPart(["--import", "tsx", "server/engine.ts"], {
    ...env,
    INNGEST_ENGINE_PORT: String(port),
    INNGEST_ENGINE_APP_URLS: workerServeUrl,
  });
}
