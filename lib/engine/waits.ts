import type pg from "pg";
import { SCHEMA, withTransaction } from "./db";
import { insertEvents } from "./events";
import { matches } from "./expressions";
import { createRun } from "./runs";
import { completeWait, recordStep } from "./run-state";
import type { EventPayload, FunctionDefinition, StepOutcome } from "./types";
import { isRecord } from "./validate-function";

/**
 * Sleeps, waitForEvents and invokes: steps the SDK hands back to the engine, settled later by a timer, an
 * event or another run. All are rows in `waits`, so they survive restarts.
 */
export interface WaitStep {
  runId: string;
  stepId: string;
  name: string | null;
  op: string;
}

export async function registerSleep(tx: pg.PoolClient, step: WaitStep, until: Date, now: Date): Promise<void> {
  await insertWait(tx, step, { kind: "sleep", registeredAt: now, expiresAt: until });
}

/**
 * Registers a waitForEvent. The caller holds the event name's lock (db.lockEventNames), taken before the run's,
 * so dispatch (which takes the same lock) either already ran, and the event is found here among those
 * dispatched since `registeredAt`, or runs after this commits and sees the wait. Either way an event sent after
 * the SDK replied cannot slip between the two; one that arrived before `registeredAt` never matches.
 */
export async function registerEventWait(
  tx: pg.PoolClient,
  step: WaitStep & { runEvent: EventPayload },
  wait: { event: string; expression?: string; expiresAt: Date; registeredAt: Date },
  now: Date,
): Promise<void> {
  const { rows } = await tx.query<{ payload: EventPayload }>(
    `select payload from ${SCHEMA}.events
     where name = $1 and dispatched_at is not null and received_at >= $2 order by received_at, seq`,
    [wait.event, wait.registeredAt],
  );
  const match = rows.find(
    (row) => !wait.expression || matches(wait.expression, { event: step.runEvent, async: row.payload }),
  );
  if (match) {
    await recordStep(tx, step.runId, { ...step, id: step.stepId, outcome: { data: match.payload }, attempts: 1 }, now);
    return;
  }
  await insertWait(tx, step, { kind: "event", ...wait });
}

/** Starts the invoked function's run now and waits for it; an unknown function fails the step at once. */
export async function registerInvoke(
  tx: pg.PoolClient,
  step: WaitStep,
  invoke: { functionId: string; payload: Record<string, unknown>; expiresAt?: Date },
  now: Date,
): Promise<void> {
  const { rows } = await tx.query<{ definition: FunctionDefinition }>(
    `select definition from ${SCHEMA}.functions where id = $1`,
    [invoke.functionId],
  );
  const fn = rows[0]?.definition;
  if (!fn) {
    const error = { name: "Error", message: `Cannot invoke "${invoke.functionId}": no such function is synced` };
    await recordStep(tx, step.runId, { ...step, id: step.stepId, outcome: { error }, attempts: 1 }, now);
    return;
  }
  const { data, user, v } = invoke.payload;
  const input = {
    name: "inngest/function.invoked",
    data: isRecord(data) ? data : {},
    ...(user !== undefined ? { user } : {}),
    ...(typeof v === "string" ? { v } : {}),
  };
  // Stored as dispatched: it goes to the invoked function only, never matched by name.
  const { stored } = await insertEvents(tx, [input], now, { dispatched: true });
  const [event] = stored;
  const childRunId = await createRun(tx, fn, event!.payload, event!.id, now);
  await insertWait(tx, step, {
    kind: "invoke",
    invokedRunId: childRunId,
    registeredAt: now,
    expiresAt: invoke.expiresAt,
  });
}

async function insertWait(
  tx: pg.PoolClient,
  step: WaitStep,
  wait: {
    kind: "sleep" | "event" | "invoke";
    event?: string;
    expression?: string;
    invokedRunId?: string;
    registeredAt: Date;
    expiresAt?: Date;
  },
) {
  await tx.query(
    `insert into ${SCHEMA}.waits
       (run_id, step_id, step_name, op, kind, event_name, expression, invoked_run_id, registered_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (run_id, step_id) do nothing`,
    [
      step.runId,
      step.stepId,
      step.name,
      step.op,
      wait.kind,
      wait.event ?? null,
      wait.expression ?? null,
      wait.invokedRunId ?? null,
      wait.registeredAt,
      wait.expiresAt ?? null,
    ],
  );
}

const TIMED_OUT: Record<string, StepOutcome> = {
  sleep: { data: null },
  // A waitForEvent that times out resolves to null.
  event: { data: null },
  invoke: {
    error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to finish" },
  },
};

export const EXPIRE_BATCH = 100;

/** Settles the waits whose time has come. Returns how many it looked at (a full batch means: call again). */
export async function expireWaits(pool: pg.Pool, now: Date): Promise<number> {
  const { rows } = await pool.query<{ runId: string; stepId: string; kind: string }>(
    `select run_id as "runId", step_id as "stepId", kind from ${SCHEMA}.waits
     where expires_at <= $1 order by expires_at limit $2`,
    [now, EXPIRE_BATCH],
  );
  for (const wait of rows) {
    await withTransaction(pool, (tx) => completeWait(tx, wait, TIMED_OUT[wait.kind]!, now));
  }
  return rows.length;
}
