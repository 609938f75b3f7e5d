import type pg from "pg";
import { retryDelayMs } from "./backoff";
import type { EngineContext } from "./context";
import { lockEventNames, SCHEMA, withTransaction } from "./db";
import type { SdkReply } from "./execute-request";
import type { ClaimedJob } from "./jobs";
import { planOps, type OpAction } from "./ops";
import { endRun } from "./runs";
import { ensureDiscovery, lockRun, recordStep, type RunRow } from "./run-state";
import type { SerializedError } from "./types";
import { registerEventWait, registerInvoke, registerSleep } from "./waits";

/**
 * Applies an app's reply to a claimed job, in one transaction: the run ends, the job is retried with backoff,
 * or the ops are carried out (steps memoized, parallel steps queued, sleeps/waits/invokes registered) and the
 * next discovery call queued once nothing is outstanding. `receivedAt` is when the reply arrived: events
 * received from then on can match a waitForEvent it registers.
 */
export async function applyReply(
  ctx: EngineContext,
  job: ClaimedJob,
  reply: SdkReply,
  receivedAt: Date,
): Promise<void> {
  const waitedEvents =
    reply.kind === "ops" ? reply.ops.filter((op) => op.op === "WaitForEvent").map((op) => op.name ?? "") : [];
  await withTransaction(ctx.pool, async (tx) => {
    // Event-name locks before the run lock: the order dispatch takes them in (see waits.ts).
    await lockEventNames(tx, waitedEvents);
    const run = await lockRun(tx, job.runId);
    const { rowCount: owned } = await tx.query(
      `select 1 from ${SCHEMA}.jobs where id = $1 and worker_id = $2 for update`,
      [job.id, ctx.worker.id],
    );
    // The run ended (cancelled, say) or the job was handed to another worker meanwhile: drop the reply.
    if (!owned) return;
    if (!run || run.status !== "running") return deleteJob(tx, job);

    const now = receivedAt;
    const fail = async (error: SerializedError, level: "warn" | "error" = "warn") => {
      ctx.log[level](`[engine] run ${run.id} of "${run.functionId}" failed: ${error.message}`);
      await deleteJob(tx, job);
      await endRun(tx, run, { status: "failed", error }, now);
    };

    if (reply.kind === "done") {
      await deleteJob(tx, job);
      await endRun(tx, run, { status: "completed", output: reply.data }, now);
      return;
    }
    if (reply.kind === "unreachable") {
      // Waiting for the app costs no attempt: restarting the app must not fail its runs.
      ctx.warnThrottled(
        run.functionId,
        `[engine] ${reply.error.message}; retrying "${run.functionId}" until it answers`,
      );
      return retryJob(tx, job, { attempt: job.attempt, runAt: new Date(now.getTime() + ctx.retryBaseMs) });
    }
    if (reply.kind === "error") {
      if (reply.retriable && job.attempt + 1 < run.maxAttempts) {
        return retryJob(tx, job, nextAttempt(ctx, job, reply.retryAfter, now));
      }
      return fail(reply.error);
    }

    const plan = planOps(reply.ops, { attempt: job.attempt, maxAttempts: run.maxAttempts, now });
    if ("refusal" in plan) return fail({ name: "Error", message: plan.refusal }, "error");
    // After a reply with several ops, the SDK must plan every step rather than run one inline (SDK spec 5.5).
    if (reply.ops.length > 1 && !run.forceStepPlan) {
      await tx.query(`update ${SCHEMA}.runs set force_step_plan = true where id = $1`, [run.id]);
    }
    let retry = false;
    for (const action of plan.actions) {
      if (action.kind === "retry") retry = true;
      else await carryOut(tx, run, job, action, now);
    }
    await tx.query(`update ${SCHEMA}.runs set updated_at = $2 where id = $1`, [run.id, now]);
    if (retry) return retryJob(tx, job, nextAttempt(ctx, job, reply.retryAfter, now));
    await deleteJob(tx, job);
    await ensureDiscovery(tx, run.id, now);
  });
}

async function carryOut(
  tx: pg.PoolClient,
  run: RunRow,
  job: ClaimedJob,
  action: Exclude<OpAction, { kind: "retry" }>,
  now: Date,
) {
  const step = { runId: run.id, stepId: action.step.stepId, name: action.step.name, op: action.step.op };
  switch (action.kind) {
    case "record":
      return recordStep(
        tx,
        run.id,
        { ...step, id: step.stepId, outcome: action.outcome, attempts: job.attempt + 1 },
        now,
      );
    case "plan":
      await tx.query(
        `insert into ${SCHEMA}.jobs (run_id, step_id, step_name, run_at) values ($1, $2, $3, $4)
         on conflict (run_id, step_id) where step_id is not null do nothing`,
        [run.id, step.stepId, step.name, now],
      );
      return;
    case "sleep":
      return registerSleep(tx, step, action.until, now);
    case "wait-event":
      return registerEventWait(
        tx,
        { ...step, runEvent: run.event },
        { event: action.event, expression: action.expression, expiresAt: action.expiresAt, registeredAt: now },
        now,
      );
    case "invoke":
      return registerInvoke(
        tx,
        step,
        { functionId: action.functionId, payload: action.payload, expiresAt: action.expiresAt },
        now,
      );
  }
}

function nextAttempt(ctx: EngineContext, job: ClaimedJob, retryAfter: string | undefined, now: Date) {
  const delay = retryDelayMs({ attempt: job.attempt, retryAfter, baseMs: ctx.retryBaseMs, now: now.getTime() });
  return { attempt: job.attempt + 1, runAt: new Date(now.getTime() + delay) };
}

async function retryJob(tx: pg.PoolClient, job: ClaimedJob, next: { attempt: number; runAt: Date }) {
  await tx.query(
    `update ${SCHEMA}.jobs set attempt = $2, run_at = $3, worker_id = null, claimed_at = null where id = $1`,
    [job.id, next.attempt, next.runAt],
  );
}

async function deleteJob(tx: pg.PoolClient, job: ClaimedJob) {
  await tx.query(`delete from ${SCHEMA}.jobs where id = $1`, [job.id]);
}
