/** Shapes shared by the engine's modules. The wire shapes follow inngest@4.24.0 (see docs/engine.md). */

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  [key: string]: unknown;
}

/** A step's memoized result, exactly as sent back to the SDK in `steps`. */
export type StepOutcome = { data: unknown } | { error: SerializedError };

/** An event as delivered to functions. */
export interface EventPayload {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
  user?: unknown;
  v?: string;
}

/** What a caller may send: the engine fills in `id`, `ts` and `data`. */
export interface EventInput {
  name: string;
  data?: Record<string, unknown>;
  id?: string;
  ts?: number;
  user?: unknown;
  v?: string;
}

export interface ConcurrencyLimit {
  limit: number;
  /** CEL expression over `event`; without it the limit is per function. */
  key?: string;
  scope: "fn" | "env" | "account";
}

export interface CancelTrigger {
  event: string;
  if?: string;
  /** Time string or ISO date, counted from the run's start. */
  timeout?: string;
}

/** A synced function, validated and reduced to what the engine implements. */
export interface FunctionDefinition {
  id: string;
  name: string;
  /** The serve URL with `fnId` and `stepId=step`. */
  url: string;
  triggers: { event: string; expression?: string }[];
  /** `retries + 1`. */
  maxAttempts: number;
  concurrency: ConcurrencyLimit[];
  cancel: CancelTrigger[];
}

export type RunStatus = "running" | "completed" | "failed" | "cancelled";

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
