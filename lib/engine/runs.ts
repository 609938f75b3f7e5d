import type pg from "pg";
import { resolveConcurrency } from "./concurrency";
import { json, SCHEMA } from "./db";
import { resolveTime } from "./duration";
import { insertEvents } from "./events";
import { ulid } from "./ids";
import { completeWait, type RunRow } from "./run-state";
import type { EventPayload, FunctionDefinition, SerializedError, StepOutcome } from "./types";

/** Starts a run of `fn` for `event`: the run row, its cancelOn registrations and its first discovery call. */
export async function createRun(
  tx: pg.PoolClient,
  fn: FunctionDefinition,
  event: EventPayload,
  eventId: string,
  now: Date,
): Promise<string> {
  const id = ulid(now.getTime());
  await tx.query(
    `insert into ${SCHEMA}.runs (id, function_id, event_id, event, status, max_attempts, concurrency, created_at, updated_at)
     values ($1, $2, $3, $4::jsonb, 'running', $5, $6::jsonb, $7, $7)`,
    [id, fn.id, eventId, json(event), fn.maxAttempts, json(resolveConcurrency(fn, event)), now],
  );
  for (const cancel of fn.cancel) {
    await tx.query(
      `insert into ${SCHEMA}.cancellations (run_id, event_name, expression, expires_at) values ($1, $2, $3, $4)`,
      [id, cancel.event, cancel.if ?? null, cancel.timeout ? resolveTime(cancel.timeout, now) : null],
    );
  }
  await tx.query(`insert into ${SCHEMA}.jobs (run_id, run_at) values ($1, $2)`, [id, now]);
  return id;
}

export type RunEnd =
  { status: "completed"; output: unknown } | { status: "failed"; error: SerializedError } | { status: "cancelled" };

/**
 * Ends a run (its row must be locked): drops its pending work, emits `inngest/function.failed` (which
 * triggers the function's onFailure handler) or `inngest/function.cancelled`, and settles the invoke of a
 * parent run waiting for it.
 */
export async function endRun(tx: pg.PoolClient, run: RunRow, end: RunEnd, now: Date): Promise<void> {
  await tx.query(
    `update ${SCHEMA}.runs set status = $2, output = $3::jsonb, error = $4::jsonb, ended_at = $5, updated_at = $5
     where id = $1`,
    [
      run.id,
      end.status,
      end.status === "completed" ? json(end.output) : null,
      end.status === "failed" ? json(end.error) : null,
      now,
    ],
  );
  // Requests still in flight keep their job row (and concurrency slot) until their reply is discarded.
  await tx.query(`delete from ${SCHEMA}.jobs where run_id = $1 and worker_id is null`, [run.id]);
  await tx.query(`delete from ${SCHEMA}.waits where run_id = $1`, [run.id]);
  await tx.query(`delete from ${SCHEMA}.cancellations where run_id = $1`, [run.id]);

  const identity = { function_id: run.functionId, run_id: run.id };
  if (end.status === "failed") {
    const data = { ...identity, error: end.error, event: run.event };
    await insertEvents(tx, [{ name: "inngest/function.failed", data }], now);
  } else if (end.status === "cancelled") {
    await insertEvents(tx, [{ name: "inngest/function.cancelled", data: { ...identity, event: run.event } }], now);
  }

  const outcome: StepOutcome =
    end.status === "completed"
      ? { data: end.output ?? null }
      : end.status === "failed"
        ? { error: end.error }
        : { error: { name: "Error", message: `Invoked run ${run.id} of "${run.functionId}" was cancelled` } };
  const { rows: parents } = await tx.query<{ runId: string; stepId: string }>(
    `select run_id as "runId", step_id as "stepId" from ${SCHEMA}.waits where kind = 'invoke' and invoked_run_id = $1`,
    [run.id],
  );
  for (const parent of parents) await completeWait(tx, parent, outcome, now);
}
