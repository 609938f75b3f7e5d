import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import { BudgetExceededError, type BudgetScope, type Tier } from "@/lib/domain/budget";
import { createMeter } from "@/lib/costs/meter";
import type { StageRegistry } from "./registry";
import type { StageProviders } from "./types";
import { loadStageContext } from "./load-stage-context";
import { persistStageOutput } from "./persist-stage-output";
import { injectFault, type StageFault } from "./stage-faults";

export interface RunStageInput {
  pipelineRunId: string;
  episodeId: string;
  stage: StageKey;
  iteration: number;
  /** 1-based attempt of this execution, as the engine counts it. */
  attempt: number;
  guidance: string | null;
  tier: Tier;
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
 */
export async function runStage(
  db: Db,
  stages: StageRegistry,
  providers: () => Promise<StageProviders>,
  input: RunStageInput,
  faults: StageFault[] = [],
): Promise<RunStageResult> {
  const key = { pipelineRunId_stage_iteration: { pipelineRunId: input.pipelineRunId, stage: input.stage, iteration: input.iteration } };
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
      inputSummary: { tier: input.tier, guidance: input.guidance },
      startedAt,
    },
    update: { attempt: input.attempt, status: "RUNNING", error: null, startedAt, endedAt: null, durationMs: null, progress: null, progressNote: null },
  });

  const finish = (data: Prisma.StageRunUpdateInput) => {
    const endedAt = new Date();
    return { ...data, endedAt, durationMs: endedAt.getTime() - startedAt.getTime() };
  };

  try {
    injectFault(faults, input.stage, input.attempt);
    const context = await loadStageContext(db, input.episodeId);
    const meter = createMeter(db, { episodeId: input.episodeId, stageRunId: stageRun.id, stage: input.stage, attempt: input.attempt });
    const progress = progressReporter(db, stageRun.id);
    const output = await stages[input.stage].run({ ...context, guidance: input.guidance, tier: input.tier, meter, providers: await providers(), progress: progress.report });
    await progress.settled();
    await db.$transaction(async (tx) => {
      await tx.stageRun.update({ where: { id: stageRun.id }, data: finish({ status: "SUCCEEDED", output: output as Prisma.InputJsonValue, progress: 1 }) });
      await persistStageOutput(tx, input, input.stage, output);
    });
    return { ok: true, output };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.stageRun.update({ where: { id: stageRun.id }, data: finish({ status: "FAILED", error: message }) });
    if (error instanceof BudgetExceededError) return { ok: false, reason: "budget", message, scope: error.scope, requested: error.requested.toString() };
    throw error;
  }
}

const PROGRESS_INTERVAL_MS = 250;

/** Writes a stage's progress at most every PROGRESS_INTERVAL_MS, one write at a time, the latest value last. */
function progressReporter(db: Db, stageRunId: string) {
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
      pending = { progress: Math.min(1, Math.max(0, fraction)), progressNote: note ?? null };
      if (!writing && Date.now() - lastWrite >= PROGRESS_INTERVAL_MS) writing = flush();
    },
    async settled() {
      await writing;
    },
  };
}
