import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import { BudgetExceededError, type BudgetScope, type Tier } from "@/lib/domain/budget";
import { createMeter, type Meter } from "@/lib/costs/meter";
import type { StageRegistry } from "./registry";
import type { StageModule, StageProviders } from "./types";
import { loadStageContext } from "./load-stage-context";
import { parseStageOutput } from "./parse-stage-output";
import { injectStageFault, type StageFault } from "@/lib/providers/inject-faults";
import { DEFAULT_CALL_RETRY, type CallRetryPolicy } from "@/lib/domain/call-retry-policy";

export interface RunStageInput {
  pipelineRunId: string;
  episodeId: string;
  stage: StageKey;
  iteration: number;
  /** 1-based attempt of this execution, as the engine counts it. */
  attempt: number;
  guidance: string | null;
  tier: Tier;
  /** Lines the audio stage synthesises afresh instead of reusing their stored takes (see StageContext). */
  freshLines?: number[];
}

export interface RunStageOptions {
  faults?: StageFault[];
  /** How provider calls are retried within the attempt (default DEFAULT_CALL_RETRY). */
  callRetry?: CallRetryPolicy;
  /** This process's budget-hold owner id (lib/costs/hold-owner.ts). */
  holdOwner?: string;
}

/** A stage refused for budget says which cap refused which amount, so a resume can check the call now fits. */
export interface BudgetRefusal {
  ok: false;
  reason: "budget";
  message: string;
  scope: BudgetScope;
  /** USD, as a decimal string. */
  requested: string;
}

export type RunStageResult<O = unknown> = { ok: true; output: O } | BudgetRefusal;

export class EpisodeCancelledError extends Error {
  constructor() {
    super("The episode was cancelled.");
    this.name = "EpisodeCancelledError";
  }
}

/**
 * Runs one stage and records it as a StageRun (one row per run, stage and iteration; a retry updates the row).
 * A stage that already succeeded is not run again: a step re-executed after a crash returns the stored output.
 * When the attempt ends, its signal is aborted and its meter drained before the end is written, so no call of the
 * attempt charges or writes after it (the meter also refuses charges once the row says the attempt ended).
 */
export async function runStage(
  db: Db,
  stages: StageRegistry,
  providers: () => Promise<StageProviders>,
  input: RunStageInput,
  { faults = [], callRetry = DEFAULT_CALL_RETRY, holdOwner }: RunStageOptions = {},
): Promise<RunStageResult> {
  const key = {
    pipelineRunId_stage_iteration: {
      pipelineRunId: input.pipelineRunId,
      stage: input.stage,
      iteration: input.iteration,
    },
  };
  const existing = await db.stageRun.findUnique({ where: key });
  if (existing?.status === "SUCCEEDED") return { ok: true, output: existing.output };

  const episode = await db.episode.findUniqueOrThrow({ where: { id: input.episodeId }, select: { status: true } });
  if (episode.status === "CANCELLED") throw new EpisodeCancelledError();

  const startedAt = new Date();
  const stageRun = await db.stageRun.upsert({
    where: key,
    create: {
      pipelineRunId: input.pipelineRunId,
      episodeId: input.episodeId,
      stage: input.stage,
      iteration: input.iteration,
      attempt: input.attempt,
      status: "RUNNING",
      guidance: input.guidance,
      inputSummary: {
        tier: input.tier,
        guidance: input.guidance,
        ...(input.freshLines && { freshLines: input.freshLines }),
      },
      startedAt,
    },
    update: {
      attempt: input.attempt,
      status: "RUNNING",
      error: null,
      startedAt,
      endedAt: null,
      durationMs: null,
      progress: null,
      progressNote: null,
      callRetries: 0,
    },
  });

  // An execution that outlived its worker (the engine ran the step again meanwhile) must not stamp the row of the
  // execution that replaced it: every end is written only where this execution's start still stands.
  const thisExecution = { id: stageRun.id, startedAt };
  const attempt = new AbortController();
  const progress = progressReporter(db, stageRun.id, attempt.signal);
  let meter: Meter | undefined;
  let callRetries = 0;
  /** Stops what the attempt still has in flight and waits for its ledger and progress writes, then stamps the end. */
  const finish = async (data: Prisma.StageRunUpdateManyMutationInput) => {
    attempt.abort(new Error(`Attempt ${input.attempt} of ${input.stage} has ended.`));
    await meter?.settled();
    await progress.settled();
    const endedAt = new Date();
    return { ...data, callRetries, endedAt, durationMs: endedAt.getTime() - startedAt.getTime() };
  };

  try {
    injectStageFault(faults, input.stage, input.attempt);
    const stage: StageModule = stages[input.stage];
    // A stage sees the outputs it declares as its input, and no others.
    const context = await loadStageContext(db, stages, input.episodeId, stage.input);
    const ports = await providers();
    meter = createMeter(
      db,
      {
        episodeId: input.episodeId,
        stageRunId: stageRun.id,
        stage: input.stage,
        attempt: input.attempt,
        tier: input.tier,
        holdOwner,
      },
      { hostedEquivalents: ports.hostedEquivalents, billedUnits: ports.billedUnits },
    );
    const output = await stage.run({
      ...context,
      guidance: input.guidance,
      freshLines: input.freshLines,
      tier: input.tier,
      meter,
      providers: ports,
      progress: progress.report,
      signal: attempt.signal,
      callRetry: { ...callRetry, onRetry: () => void callRetries++ },
    });
    // The output is checked against the stage's contract before it is stored (and stored as the stage returned it).
    parseStageOutput(stages, input.stage, output);
    const ended = await finish({ status: "SUCCEEDED", output: output as Prisma.InputJsonValue, progress: 1 });
    await db.$transaction(async (tx) => {
      const { count } = await tx.stageRun.updateMany({ where: thisExecution, data: ended });
      if (count === 0)
        throw new Error(
          `Attempt ${input.attempt} of ${input.stage} was superseded by a later execution; its output is dropped.`,
        );
      await stage.persist?.(tx, input, output);
    });
    return { ok: true, output };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.stageRun.updateMany({ where: thisExecution, data: await finish({ status: "FAILED", error: message }) });
    if (error instanceof BudgetExceededError)
      return { ok: false, reason: "budget", message, scope: error.scope, requested: error.requested.toString() };
    throw error;
  }
}

const PROGRESS_INTERVAL_MS = 250;

/**
 * Writes a stage's progress at most every PROGRESS_INTERVAL_MS, one write at a time, the latest value last; nothing
 * once the attempt has ended.
 */
function progressReporter(db: Db, stageRunId: string, ended: AbortSignal) {
  let pending: { progress: number; progressNote: string | null } | null = null;
  let writing: Promise<void> | null = null;
  let lastWrite = 0;
  const flush = async () => {
    while (pending) {
      const data = pending;
      pending = null;
      lastWrite = Date.now();
      await db.stageRun.update({ where: { id: stageRunId }, data }).catch(() => undefined);
    }
    writing = null;
  };
  return {
    report(fraction: number, note?: string) {
      if (ended.aborted) return;
      pending = { progress: Math.min(1, Math.max(0, fraction)), progressNote: note ?? null };
      if (!writing && Date.now() - lastWrite >= PROGRESS_INTERVAL_MS) writing = flush();
    },
    async settled() {
      await writing;
    },
  };
}
