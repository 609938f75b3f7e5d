import type http from "node:http";
import type https from "node:https";
import type pg from "pg";
import type { Logger } from "./types";

/** What the engine's parts share within one process. */
export interface EngineContext {
  pool: pg.Pool;
  /** This process on the database; its id changes if the session is lost and renewed. */
  worker: { readonly id: number };
  log: Logger;
  retryBaseMs: number;
  requestTimeoutMs: number;
  agents: { http: http.Agent; https: https.Agent };
  /** Signs every request to an app. */
  signingKey: string;
  /** Logs a warning, at most once a minute per key (an app that is down would otherwise flood the log). */
  warnThrottled(key: string, message: string): void;
  /** Asks the scheduler to look for work now rather than at its next poll. */
  wake(): void;
}
