import { applyReply } from "./apply-reply";
import type { EngineContext } from "./context";
import { SCHEMA } from "./db";
import { executeRequest } from "./execute-request";
import { dropJob, type ClaimedJob } from "./jobs";
import type { EventPayload, FunctionDefinition, RunStatus, StepOutcome } from "./types";

/**
 * Makes one claimed job's request: the classic (non-checkpointing) protocol, so `ctx.fn_id` is never sent.
 * Rejects only when aborted (shutdown) or when the database fails; the caller then releases the claim.
 */
export async function runJob(ctx: EngineContext, job: ClaimedJob, signal: AbortSignal): Promise<void> {
  const { rows } = await ctx.pool.query<{
    event: EventPayload;
    status: RunStatus;
    maxAttempts: number;
    forceStepPlan: boolean;
    functionId: string;
    definition: FunctionDefinition | null;
  }>(
    `select r.event, r.status, r.max_attempts as "maxAttempts", r.force_step_plan as "forceStepPlan",
            r.function_id as "functionId", f.definition
     from ${SCHEMA}.runs r left join ${SCHEMA}.functions f on f.id = r.function_id where r.id = $1`,
    [job.runId],
  );
  const run = rows[0];
  if (!run || run.status !== "running") return dropJob(ctx.pool, ctx.worker.id, job.id);
  if (!run.definition) {
    const message = `Function "${run.functionId}" is no longer synced with the engine (removed from its app?)`;
    await applyReply(ctx, job, { kind: "error", retriable: false, error: { name: "Error", message } }, new Date());
    return;
  }

  const { rows: steps } = await ctx.pool.query<{ id: string; outcome: StepOutcome }>(
    `select id, outcome from ${SCHEMA}.steps where run_id = $1 order by seq`,
    [job.runId],
  );
  const url = new URL(run.definition.url);
  if (job.stepId) url.searchParams.set("stepId", job.stepId);
  const body = {
    event: run.event,
    events: [run.event],
    steps: Object.fromEntries(steps.map((s) => [s.id, s.outcome])),
    ctx: {
      run_id: job.runId,
      attempt: job.attempt,
      max_attempts: run.maxAttempts,
      // A planned step is always executed on its own; discovery may run a lone step inline until the run has
      // gone parallel.
      disable_immediate_execution: job.stepId !== null || run.forceStepPlan,
      use_api: false,
      stack: { stack: steps.map((s) => s.id), current: steps.length },
    },
  };
  const reply = await executeRequest({
    url,
    body,
    agents: ctx.agents,
    signingKey: ctx.signingKey,
    timeoutMs: ctx.requestTimeoutMs,
    signal,
  });
  await applyReply(ctx, job, reply, new Date());
}
