import type { Db } from "@/lib/db";
import type { GateKind } from "@/lib/generated/prisma/enums";
import {
  JUDGE_STAGE,
  RESEARCH_SEQUENCE,
  SCRIPT_STAGE,
  STAGE_KEYS,
  stageKeySchema,
  type StageKey,
} from "@/lib/domain/stages";
import type { BudgetScope, Tier } from "@/lib/domain/budget";
import { raiseAlert } from "@/lib/alerts/raise-alert";
import { recordAudit } from "@/lib/audit/record-audit";
import { transitionEpisode } from "@/lib/episodes/transition-episode";
import type { StageRegistry } from "./registry";

// Status changes go through the transition table, which never revives a cancelled episode: a step that was already
// running when it was cancelled finishes, but cannot move the episode again (the refused move is ignored).

export interface RunPlan {
  pipelineRunId: string;
  /** On a retry: stages whose latest result succeeded, kept rather than re-run. */
  completed: StageKey[];
  scriptApproved: boolean;
  finalApproved: boolean;
  /** On a retry that keeps the script: its brand score, so the gate can open without re-scoring. */
  brand: unknown;
  /** The producer supplied the script (version 1 is theirs): research and the first writing are skipped. */
  scriptSupplied: boolean;
}

/** The stages a supplied script makes needless: the research, the plan and the first draft. */
export const SUPPLIED_SCRIPT_SKIPS: readonly StageKey[] = [...RESEARCH_SEQUENCE, SCRIPT_STAGE];

/** What the stage timeline says of a stage a supplied script makes needless. */
export const SUPPLIED_SCRIPT_NOTE = "Skipped: the producer supplied the script";

/** Version 1 written by a person rather than the writer: the episode was started from a finished script. */
async function isScriptSupplied(db: Db, episodeId: string) {
  const first = await db.scriptVersion.findUnique({
    where: { episodeId_version: { episodeId, version: 1 } },
    select: { authorKind: true },
  });
  return first?.authorKind === "USER";
}

/** Records stages this run does not run, with why, so the timeline shows them skipped rather than pending. */
export async function skipStages(
  db: Db,
  input: { episodeId: string; pipelineRunId: string; stages: readonly StageKey[]; why: string },
) {
  const now = new Date();
  await db.stageRun.createMany({
    data: input.stages.map((stage) => ({
      pipelineRunId: input.pipelineRunId,
      episodeId: input.episodeId,
      stage,
      status: "SKIPPED" as const,
      progressNote: input.why,
      startedAt: now,
      endedAt: now,
      durationMs: 0,
    })),
    skipDuplicates: true, // a retried step finds its rows already there
  });
}

/**
 * Starts (or, for a repeated step, finds) the run's row. A retry keeps the unbroken prefix of stages whose latest
 * attempt succeeded with an output its stage's schema still reads; from the first other stage on, all run again, so
 * an output stored before its schema changed is made again rather than stopping every later retry.
 */
export async function startPipelineRun(
  db: Db,
  stages: StageRegistry,
  input: { episodeId: string; engineRunId: string; reason: "create" | "retry" },
): Promise<RunPlan> {
  const run = await db.pipelineRun.upsert({
    where: { engineRunId: input.engineRunId },
    create: { episodeId: input.episodeId, engineRunId: input.engineRunId, reason: input.reason },
    update: {},
  });
  await transitionEpisode(db, input.episodeId, "start", { statusReason: null, startedAt: new Date() });
  const scriptSupplied = await isScriptSupplied(db, input.episodeId);
  if (input.reason === "create")
    return {
      pipelineRunId: run.id,
      completed: [],
      scriptApproved: false,
      finalApproved: false,
      brand: null,
      scriptSupplied,
    };

  const latest = await db.stageRun.findMany({
    where: { episodeId: input.episodeId, pipelineRunId: { not: run.id } },
    orderBy: [{ endedAt: "desc" }],
    distinct: ["stage"],
    select: { stage: true, status: true, output: true },
  });
  const reusable = (s: (typeof latest)[number]) => {
    const key = stageKeySchema.safeParse(s.stage);
    return s.status === "SUCCEEDED" && key.success && stages[key.data].output.safeParse(s.output).success;
  };
  // A supplied script's skipped research and first draft count as done: a retry keeps what followed them.
  const skippedForScript = (s: (typeof latest)[number]) =>
    scriptSupplied && s.status === "SKIPPED" && SUPPLIED_SCRIPT_SKIPS.includes(s.stage as StageKey);
  const succeeded = new Set(latest.filter((s) => reusable(s) || skippedForScript(s)).map((s) => s.stage));
  // Keep the unbroken prefix of succeeded stages; everything from the first gap on runs again. A run from before the
  // content judge had a stage of its own has no row for it: that is no gap (the audio made after it stands), and the
  // judge, left out of the prefix, runs in its place.
  const judgeNeverRan = !latest.some((s) => s.stage === JUDGE_STAGE);
  const firstGap = STAGE_KEYS.findIndex((k) => !succeeded.has(k) && !(k === JUDGE_STAGE && judgeNeverRan));
  const completed = (firstGap === -1 ? [...STAGE_KEYS] : STAGE_KEYS.slice(0, firstGap)).filter((k) => succeeded.has(k));
  const lastGate = async (kind: GateKind) =>
    (await db.gate.findFirst({ where: { episodeId: input.episodeId, kind }, orderBy: { createdAt: "desc" } }))
      ?.status === "APPROVED";
  return {
    pipelineRunId: run.id,
    completed,
    scriptApproved: await lastGate("SCRIPT"),
    finalApproved: await lastGate("FINAL"),
    brand: completed.includes("brand-validator")
      ? (latest.find((s) => s.stage === "brand-validator")?.output ?? null)
      : null,
    scriptSupplied,
  };
}

export async function setRunTier(db: Db, pipelineRunId: string, tier: Tier) {
  await db.pipelineRun.update({ where: { id: pipelineRunId }, data: { tier } });
}

/**
 * Opens a gate (once per run, kind and iteration), approved at once when the show's policy allows. Returns the row
 * as it stands, so a retried step whose first reply was lost sees a decision made in between.
 */
export async function openGate(
  db: Db,
  input: { episodeId: string; pipelineRunId: string; kind: GateKind; iteration: number; autoApprove: boolean },
) {
  const status = input.autoApprove ? ("APPROVED" as const) : ("PENDING" as const);
  const gate = await db.gate.upsert({
    where: {
      pipelineRunId_kind_iteration: {
        pipelineRunId: input.pipelineRunId,
        kind: input.kind,
        iteration: input.iteration,
      },
    },
    create: {
      episodeId: input.episodeId,
      pipelineRunId: input.pipelineRunId,
      kind: input.kind,
      iteration: input.iteration,
      status,
      automatic: input.autoApprove,
      decidedAt: input.autoApprove ? new Date() : null,
    },
    update: {},
  });
  if (gate.status === "PENDING") {
    const waiting = await transitionEpisode(
      db,
      input.episodeId,
      input.kind === "SCRIPT" ? "awaitScriptApproval" : "awaitFinalApproval",
    );
    // Cancelled while this step ran: the cancellation closed the gates it saw, so this one is closed here.
    if (!waiting) {
      await db.gate.updateMany({ where: { id: gate.id, status: "PENDING" }, data: { status: "EXPIRED" } });
      return {
        id: gate.id,
        status: "EXPIRED" as const,
        createdAt: gate.createdAt,
        comment: null,
        automatic: gate.automatic,
      };
    }
    await db.pipelineRun.update({ where: { id: input.pipelineRunId }, data: { status: "WAITING" } });
  }
  // On a retry of this step the row may already be decided (or closed): the caller acts on what it says.
  return {
    id: gate.id,
    status: gate.status,
    createdAt: gate.createdAt,
    comment: gate.comment,
    automatic: gate.automatic,
  };
}

export async function resumeRun(db: Db, input: { episodeId: string; pipelineRunId: string }) {
  await db.pipelineRun.update({ where: { id: input.pipelineRunId }, data: { status: "RUNNING" } });
  await transitionEpisode(db, input.episodeId, "resume", { statusReason: null });
}

/** Ends a run that needs a person: the episode shows why, an alert is raised, and nothing produced is lost. */
export async function markNeedsAttention(
  db: Db,
  input: { episodeId: string; pipelineRunId?: string; engineRunId?: string; reason: string; kind: string },
) {
  await db.$transaction(async (tx) => {
    const moved = await transitionEpisode(tx, input.episodeId, "needAttention", { statusReason: input.reason });
    const where = input.pipelineRunId ? { id: input.pipelineRunId } : { engineRunId: input.engineRunId ?? "" };
    // A cancelled run stays cancelled (its last step may end after the cancellation).
    await tx.pipelineRun.updateMany({
      where: { ...where, status: { not: "CANCELLED" } },
      data: { status: "FAILED", error: input.reason, endedAt: new Date() },
    });
    await tx.gate.updateMany({ where: { episodeId: input.episodeId, status: "PENDING" }, data: { status: "EXPIRED" } });
    if (moved) {
      await raiseAlert(tx, {
        kind: input.kind,
        severity: "CRITICAL",
        episodeId: input.episodeId,
        message: input.reason,
        dedupeKey: `${input.kind}:${input.pipelineRunId ?? input.engineRunId}`,
      });
    }
  });
}

/**
 * Pauses the run before a stage whose call no cap could afford. The alert carries the refused call (cap and amount)
 * so that an admin's resume can check that call now fits; `pause` numbers the run's pauses, one alert each.
 */
export async function pauseForBudget(
  db: Db,
  input: {
    episodeId: string;
    pipelineRunId: string;
    stage: StageKey;
    pause: number;
    refusal: { message: string; scope?: BudgetScope; requested?: string };
  },
) {
  await db.$transaction(async (tx) => {
    await transitionEpisode(tx, input.episodeId, "pauseForBudget", { statusReason: input.refusal.message });
    await tx.pipelineRun.update({ where: { id: input.pipelineRunId }, data: { status: "WAITING" } });
    const { message, scope = null, requested = null } = input.refusal;
    await raiseAlert(tx, {
      kind: "budget.paused",
      severity: "CRITICAL",
      episodeId: input.episodeId,
      message: `Paused before ${input.stage}: ${message} An admin can raise the budget and resume.`,
      data: { stage: input.stage, scope, requested },
      dedupeKey: `budget.paused:${input.pipelineRunId}:${input.pause}`,
    });
  });
}

export async function completeRun(db: Db, input: { episodeId: string; pipelineRunId: string }) {
  await db.$transaction(async (tx) => {
    await tx.pipelineRun.update({
      where: { id: input.pipelineRunId },
      data: { status: "COMPLETED", endedAt: new Date() },
    });
    // A finished episode has no open gate (none is expected here; this holds it).
    await tx.gate.updateMany({ where: { episodeId: input.episodeId, status: "PENDING" }, data: { status: "EXPIRED" } });
    const ready = await transitionEpisode(tx, input.episodeId, "complete", {
      statusReason: null,
      completedAt: new Date(),
    });
    if (ready) {
      await recordAudit(tx, {
        actorId: null,
        action: "episode.ready",
        entityType: "Episode",
        entityId: input.episodeId,
        episodeId: input.episodeId,
      });
    }
  });
}

/** The id of the episode's latest script version: the one the pipeline reads next. */
export async function latestScriptVersionId(db: Db, episodeId: string): Promise<string | null> {
  const latest = await db.scriptVersion.findFirst({
    where: { episodeId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return latest?.id ?? null;
}
