import type pg from "pg";
import { pickWithinLimits, type ConcurrencySlot } from "./concurrency";
import { LOCKS, SCHEMA, withTransaction } from "./db";

/**
 * The queue of requests to make to apps: a discovery call (stepId=step) or one planned step. A job is claimed
 * by a worker while its request is in flight, which is also what a concurrency slot is.
 */
export interface ClaimedJob {
  id: string;
  runId: string;
  /** null for a discovery call. */
  stepId: string | null;
  stepName: string | null;
  attempt: number;
}

const SCAN = 200;

/**
 * Claims up to `max` due jobs within every concurrency limit. Claims are serialized by one advisory lock so the
 * in-flight counts cannot change under us, even with several engine processes; rows are also taken with
 * FOR UPDATE SKIP LOCKED so a job being released or deleted elsewhere is simply skipped.
 */
export async function claimJobs(pool: pg.Pool, workerId: number, now: Date, max: number): Promise<ClaimedJob[]> {
  return withTransaction(pool, async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1, 0)", [LOCKS.claim]);
    // Requests in flight on a dead process will never reply: make them claimable again (at-least-once).
    await tx.query(
      `update ${SCHEMA}.jobs set worker_id = null, claimed_at = null
       where worker_id is not null and worker_id not in (
         select objid::int from pg_locks
         where locktype = 'advisory' and classid = $1::oid and objsubid = 2 and granted
           and database = (select oid from pg_database where datname = current_database()))`,
      [LOCKS.worker],
    );
    const { rows: due } = await tx.query<ClaimedJob & { concurrency: ConcurrencySlot[] }>(
      `select j.id, j.run_id as "runId", j.step_id as "stepId", j.step_name as "stepName", j.attempt, r.concurrency
       from ${SCHEMA}.jobs j join ${SCHEMA}.runs r on r.id = j.run_id
       where j.worker_id is null and j.run_at <= $1
       order by j.run_at, j.id limit $2
       for update of j skip locked`,
      [now, SCAN],
    );
    if (!due.length) return [];
    const { rows: busy } = await tx.query<{ key: string; n: number }>(
      `select slot->>'key' as key, count(*)::int as n
       from ${SCHEMA}.jobs j join ${SCHEMA}.runs r on r.id = j.run_id
         cross join lateral jsonb_array_elements(r.concurrency) slot
       where j.worker_id is not null group by 1`,
    );
    const picked = pickWithinLimits(due, new Map(busy.map((b) => [b.key, b.n])), max);
    if (!picked.length) return [];
    await tx.query(`update ${SCHEMA}.jobs set worker_id = $1, claimed_at = $2 where id = any($3)`, [
      workerId,
      now,
      picked.map((j) => j.id),
    ]);
    return picked.map(({ id, runId, stepId, stepName, attempt }) => ({ id, runId, stepId, stepName, attempt }));
  });
}

/** Puts claimed jobs back in the queue, e.g. when their worker is shutting down mid-request. */
export async function releaseJobs(pool: pg.Pool, workerId: number, jobIds: string[]): Promise<void> {
  await pool.query(
    `update ${SCHEMA}.jobs set worker_id = null, claimed_at = null where worker_id = $1 and id = any($2)`,
    [workerId, jobIds],
  );
}

/** Forgets a claimed job whose run has ended. */
export async function dropJob(pool: pg.Pool, workerId: number, jobId: string): Promise<void> {
  await pool.query(`delete from ${SCHEMA}.jobs where id = $1 and worker_id = $2`, [jobId, workerId]);
}

/** When the next job or wait falls due, if any. */
export async function nextDueAt(pool: pg.Pool): Promise<Date | null> {
  const { rows } = await pool.query<{ next: Date | null }>(
    `select least(
       (select min(run_at) from ${SCHEMA}.jobs where worker_id is null),
       (select min(expires_at) from ${SCHEMA}.waits where expires_at is not null)) as next`,
  );
  return rows[0]?.next ?? null;
}
