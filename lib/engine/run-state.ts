import type pg from "pg";
import { json, SCHEMA } from "./db";
import type { EventPayload, RunStatus, StepOutcome } from "./types";

/** Low-level changes to one run's state, always inside a transaction that holds the run's row lock. */
export interface RunRow {
  id: string;
  functionId: string;
  event: EventPayload;
  status: RunStatus;
  maxAttempts: number;
  forceStepPlan: boolean;
}

const RUN_COLUMNS = `id, function_id as "functionId", event, status, max_attempts as "maxAttempts",
  force_step_plan as "forceStepPlan"`;

/** Locks the run's row for the rest of the transaction. */
export async function lockRun(tx: pg.PoolClient, runId: string): Promise<RunRow | undefined> {
  const { rows } = await tx.query<RunRow>(`select ${RUN_COLUMNS} from ${SCHEMA}.runs where id = $1 for update`, [
    runId,
  ]);
  return rows[0];
}

/** Locks several runs in id order, so two transactions locking overlapping sets cannot deadlock. */
export async function lockRuns(tx: pg.PoolClient, runIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(runIds)].sort();
  if (ids.length) await tx.query(`select 1 from ${SCHEMA}.runs where id = any($1) order by id for update`, [ids]);
}

export interface StepRecord {
  id: string;
  name: string | null;
  op: string;
  outcome: StepOutcome;
  attempts: number;
}

/** Memoizes a step. The first outcome wins: a step re-run after a crash (at-least-once) keeps its first result. */
export async function recordStep(tx: pg.PoolClient, runId: string, step: StepRecord, now: Date): Promise<void> {
  await tx.query(
    `insert into ${SCHEMA}.steps (run_id, id, name, op, outcome, attempts, completed_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7) on conflict (run_id, id) do nothing`,
    [runId, step.id, step.name, step.op, json(step.outcome), step.attempts, now],
  );
}

/**
 * Queues the next discovery call once nothing else is outstanding: with parallel steps, sleeps or waits in
 * flight the SDK is called again only when all of them have settled (Inngest's optimized parallelism).
 */
export async function ensureDiscovery(tx: pg.PoolClient, runId: string, now: Date): Promise<void> {
  await tx.query(
    `insert into ${SCHEMA}.jobs (run_id, run_at)
     select $1, $2
     where not exists (select 1 from ${SCHEMA}.jobs where run_id = $1)
       and not exists (select 1 from ${SCHEMA}.waits where run_id = $1)
     on conflict (run_id) where step_id is null do nothing`,
    [runId, now],
  );
}

/** Settles a sleep, waitForEvent or invoke with its outcome, unless it was settled already or the run ended. */
export async function completeWait(
  tx: pg.PoolClient,
  wait: { runId: string; stepId: string },
  outcome: StepOutcome,
  now: Date,
): Promise<void> {
  const run = await lockRun(tx, wait.runId);
  const { rows } = await tx.query<{ name: string | null; op: string }>(
    `delete from ${SCHEMA}.waits where run_id = $1 and step_id = $2 returning step_name as name, op`,
    [wait.runId, wait.stepId],
  );
  const deleted = rows[0];
  if (!deleted || run?.status !== "running") return;
  await recordStep(tx, wait.runId, { id: wait.stepId, name: deleted.name, op: deleted.op, outcome, attempts: 1 }, now);
  await tx.query(`update ${SCHEMA}.runs set updated_at = $2 where id = $1`, [wait.runId, now]);
  await ensureDiscovery(tx, wait.runId, now);
}
