import type pg from "pg";
import { SCHEMA } from "./db";
import type { EventPayload, FunctionDefinition, RunStatus, SerializedError, StepOutcome } from "./types";

/**
 * Read-only views of the engine's state, for tests, scripts and a UI. A running run reads as "waiting" while
 * nothing but sleeps, waitForEvents or invokes is outstanding (`waits` says which).
 */
export type RunView = RunStatus | "waiting";

export interface RunSummary {
  id: string;
  functionId: string;
  status: RunView;
  /** The engine's id of the triggering event, as returned by send(). */
  eventId: string;
  event: EventPayload;
  output: unknown;
  error: SerializedError | null;
  createdAt: Date;
  updatedAt: Date;
  endedAt: Date | null;
}

export interface RunDetail extends RunSummary {
  /** Memoized steps in completion order (the SDK's stack). */
  steps: { id: string; name: string | null; op: string; outcome: StepOutcome; attempts: number; completedAt: Date }[];
  /** Planned steps queued or in flight, and discovery calls. */
  jobs: { stepId: string | null; name: string | null; attempt: number; runAt: Date; inFlight: boolean }[];
  /** Sleeps, waitForEvents and invokes the run is waiting on. */
  waits: {
    stepId: string;
    name: string | null;
    kind: "sleep" | "event" | "invoke";
    event: string | null;
    expression: string | null;
    invokedRunId: string | null;
    expiresAt: Date | null;
  }[];
}

const VIEW_STATUS = `case
    when r.status <> 'running' then r.status
    when not exists (select 1 from ${SCHEMA}.jobs j where j.run_id = r.id)
      and exists (select 1 from ${SCHEMA}.waits w where w.run_id = r.id) then 'waiting'
    else 'running' end`;

const SUMMARY = `r.id, r.function_id as "functionId", ${VIEW_STATUS} as status, r.event_id as "eventId", r.event, r.output, r.error,
  r.created_at as "createdAt", r.updated_at as "updatedAt", r.ended_at as "endedAt"`;

export async function getRun(pool: pg.Pool, runId: string): Promise<RunDetail | undefined> {
  const { rows } = await pool.query<RunSummary>(`select ${SUMMARY} from ${SCHEMA}.runs r where r.id = $1`, [runId]);
  const run = rows[0];
  if (!run) return undefined;
  const [steps, jobs, waits] = await Promise.all([
    pool.query<RunDetail["steps"][number]>(
      `select id, name, op, outcome, attempts, completed_at as "completedAt" from ${SCHEMA}.steps
       where run_id = $1 order by seq`,
      [runId],
    ),
    pool.query<RunDetail["jobs"][number]>(
      `select step_id as "stepId", step_name as name, attempt, run_at as "runAt", worker_id is not null as "inFlight"
       from ${SCHEMA}.jobs where run_id = $1 order by id`,
      [runId],
    ),
    pool.query<RunDetail["waits"][number]>(
      `select step_id as "stepId", step_name as name, kind, event_name as event, expression,
         invoked_run_id as "invokedRunId", expires_at as "expiresAt"
       from ${SCHEMA}.waits where run_id = $1 order by registered_at`,
      [runId],
    ),
  ]);
  return { ...run, steps: steps.rows, jobs: jobs.rows, waits: waits.rows };
}

export interface RunFilter {
  functionId?: string;
  status?: RunView;
  /** Most recent first; default 100. */
  limit?: number;
}

export async function listRuns(
  pool: pg.Pool,
  { functionId, status, limit = 100 }: RunFilter = {},
): Promise<RunSummary[]> {
  const { rows } = await pool.query<RunSummary>(
    `select * from (select ${SUMMARY} from ${SCHEMA}.runs r where $1::text is null or r.function_id = $1) runs
     where $2::text is null or status = $2
     order by "createdAt" desc, id desc limit $3`,
    [functionId ?? null, status ?? null, limit],
  );
  return rows;
}

export async function listFunctions(pool: pg.Pool): Promise<(FunctionDefinition & { appUrl: string })[]> {
  const { rows } = await pool.query<{ definition: FunctionDefinition; appUrl: string }>(
    `select definition, app_url as "appUrl" from ${SCHEMA}.functions order by id`,
  );
  return rows.map((r) => ({ ...r.definition, appUrl: r.appUrl }));
}
