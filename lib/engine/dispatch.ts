import type pg from "pg";
import { lockEventNames, SCHEMA, withTransaction } from "./db";
import { matches } from "./expressions";
import { createRun, endRun } from "./runs";
import { completeWait, lockRun, lockRuns } from "./run-state";
import type { EventPayload, FunctionDefinition } from "./types";

export const DISPATCH_BATCH = 100;

interface StoredEvent {
  id: string;
  payload: EventPayload;
  receivedAt: Date;
}

/**
 * Delivers stored events, in order: cancels the runs whose cancelOn matches, resumes the waitForEvents that
 * match, and starts the functions they trigger. Takes the event names' locks (see waits.ts) so a wait being
 * registered concurrently is either seen here or sees this event. Returns how many events it dispatched. With `ids`
 * (a send dispatching its own events) it waits for rows the scheduler is dispatching rather than skipping them: a
 * resolved send must mean its runs exist, and once the scheduler commits, those rows are dispatched.
 */
export async function dispatchEvents(pool: pg.Pool, now: Date, ids?: string[]): Promise<number> {
  return withTransaction(pool, async (tx) => {
    const { rows: events } = await tx.query<StoredEvent>(
      `select id, payload, received_at as "receivedAt" from ${SCHEMA}.events
       where dispatched_at is null ${ids ? "and id = any($2)" : ""}
       order by seq limit $1 ${ids ? "for update" : "for update skip locked"}`,
      ids ? [DISPATCH_BATCH, ids] : [DISPATCH_BATCH],
    );
    if (!events.length) return 0;
    await lockEventNames(
      tx,
      events.map((e) => e.payload.name),
    );
    for (const event of events) await dispatchEvent(tx, event, now);
    await tx.query(`update ${SCHEMA}.events set dispatched_at = $1 where id = any($2)`, [now, events.map((e) => e.id)]);
    return events.length;
  });
}

async function dispatchEvent(tx: pg.PoolClient, { id, payload, receivedAt }: StoredEvent, now: Date) {
  // Only runs started, and waits registered, before the event arrived can be matched by it (Inngest semantics).
  const { rows: cancellations } = await tx.query<{ runId: string; expression: string | null; runEvent: EventPayload }>(
    `select c.run_id as "runId", c.expression, r.event as "runEvent"
     from ${SCHEMA}.cancellations c join ${SCHEMA}.runs r on r.id = c.run_id
     where c.event_name = $1 and r.status = 'running' and r.created_at < $2
       and (c.expires_at is null or c.expires_at > $2)`,
    [payload.name, receivedAt],
  );
  const { rows: waits } = await tx.query<{
    runId: string;
    stepId: string;
    expression: string | null;
    runEvent: EventPayload;
  }>(
    `select w.run_id as "runId", w.step_id as "stepId", w.expression, r.event as "runEvent"
     from ${SCHEMA}.waits w join ${SCHEMA}.runs r on r.id = w.run_id
     where w.kind = 'event' and w.event_name = $1 and w.registered_at <= $2 and r.status = 'running'`,
    [payload.name, receivedAt],
  );
  const holds = (expression: string | null, runEvent: EventPayload) =>
    !expression || matches(expression, { event: runEvent, async: payload });
  const toCancel = cancellations.filter((c) => holds(c.expression, c.runEvent)).map((c) => c.runId);
  const toResume = waits.filter((w) => holds(w.expression, w.runEvent));

  await lockRuns(tx, [...toCancel, ...toResume.map((w) => w.runId)]);
  for (const runId of new Set(toCancel)) {
    const run = await lockRun(tx, runId);
    if (run?.status === "running") await endRun(tx, run, { status: "cancelled" }, now);
  }
  for (const wait of toResume) await completeWait(tx, wait, { data: payload }, now);

  const { rows: triggers } = await tx.query<{ definition: FunctionDefinition; expression: string | null }>(
    `select f.definition, t.expression
     from ${SCHEMA}.function_triggers t join ${SCHEMA}.functions f on f.id = t.function_id
     where t.event_name = $1 order by f.id`,
    [payload.name],
  );
  const started = new Set<string>();
  for (const { definition, expression } of triggers) {
    if (started.has(definition.id) || (expression && !matches(expression, { event: payload }))) continue;
    started.add(definition.id);
    await createRun(tx, definition, payload, id, now);
  }
}
