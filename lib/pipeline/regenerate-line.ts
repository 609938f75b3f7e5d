import { z } from "zod";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import type { Tier } from "@/lib/domain/budget";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, DomainError, NotFoundError } from "@/lib/domain/errors";
import type { StageKey } from "@/lib/domain/stages";
import type { StageRegistry } from "./registry";
import { runStage, type RunStageOptions } from "./run-stage";
import type { StageProviders } from "./types";
import { loadOwnEpisode } from "@/lib/episodes/load-own-episode";
import { audioRegenerationRunning } from "@/lib/episodes/audio-regeneration-running";
import { EDITOR_ITERATIONS, REGENERATION_STAGES, abandonedBefore } from "@/lib/domain/editor-regeneration";
import { reassessEpisode } from "./reassess-episode";
import { recordReassessmentFailure } from "@/lib/episodes/reassessment-status";

export const regenerateLineSchema = z.object({
  line: z.number({ error: "Name the line to regenerate by its number." }).int().min(1).max(10_000),
});

export interface RegenerateLineDeps {
  stages: StageRegistry;
  providers: () => Promise<StageProviders>;
  options?: RunStageOptions;
}

/**
 * "Regenerate this line": while the final approval waits (the pipeline is idle and the audio is what the editor
 * reviews), synthesises one script line afresh (its stored take bypassed and replaced), reuses every other take,
 * masters and measures the episode again, validates the new master and re-assesses the quality gates on it, so the
 * final gate decides on the master in use. Each is a StageRun of the episode's run, metered and budget-checked as the
 * pipeline's own are. One regeneration at a time per episode (409 otherwise); none while the final gate is decided.
 */
export async function regenerateLine(
  db: Db,
  deps: RegenerateLineDeps,
  episodeId: string,
  line: number,
  user: SessionUser,
) {
  const claimed = await claimLineRegeneration(db, episodeId, line, user);
  try {
    return await performLineRegeneration(db, deps, episodeId, line, claimed);
  } catch (error) {
    // runStage marks its own row when it fails after starting; a throw before that would leave the claim running.
    await db.stageRun.updateMany({
      where: { pipelineRunId: claimed.pipelineRunId, iteration: claimed.iteration, status: "RUNNING" },
      data: { status: "FAILED", endedAt: new Date(), error: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
}

/** regenerateLine's synchronous part (the web server's): checks and claims, under the episode's lock. */
export async function claimLineRegeneration(db: Db, episodeId: string, line: number, user: SessionUser) {
  return db.$transaction(async (tx) => {
    // Locked before the status is read, so a final approval deciding meanwhile is seen here (and this claim there).
    await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
    const episode = await loadOwnEpisode(tx, episodeId, user);
    if (episode.status !== "AWAITING_FINAL_APPROVAL")
      throw new ConflictError("A line can be regenerated while the episode waits for its final approval.");
    // An approval already made (its run not yet moved on) is decided on the master as it is.
    if (!(await tx.gate.findFirst({ where: { episodeId, kind: "FINAL", status: "PENDING" }, select: { id: true } })))
      throw new ConflictError("The final approval was already decided: the audio can no longer change.");
    const run = await tx.pipelineRun.findFirst({ where: { episodeId }, orderBy: { startedAt: "desc" } });
    if (!run) throw new ConflictError("This episode has no pipeline run to add the new audio to.");
    const speech = await tx.stageRun.findFirst({
      where: { episodeId, stage: "tts-optimizer", status: "SUCCEEDED" },
      orderBy: { endedAt: "desc" },
      select: { output: true },
    });
    const lines = (speech?.output as { lines?: { line: number }[] } | null)?.lines ?? [];
    if (!lines.some((l) => l.line === line)) throw new NotFoundError(`Line ${line} of the script`);
    // While the final approval waits the pipeline produces no audio, so a running audio row here is an editor's
    // regeneration; one older than a regeneration ever takes was left by a server that died, and no longer blocks.
    await tx.stageRun.updateMany({
      where: {
        episodeId,
        stage: { in: [...REGENERATION_STAGES] },
        status: "RUNNING",
        startedAt: { lt: abandonedBefore(new Date()) },
      },
      data: { status: "FAILED", endedAt: new Date(), error: "Abandoned: the server stopped while regenerating." },
    });
    if (await audioRegenerationRunning(tx, episodeId))
      throw new ConflictError("The audio is being produced already: wait for it to finish.");
    const last = await tx.stageRun.aggregate({
      where: { pipelineRunId: run.id, stage: "audio-synthesizer" },
      _max: { iteration: true },
    });
    const iteration = Math.max(EDITOR_ITERATIONS, last._max.iteration ?? 0) + 1;
    // Claimed inside the lock, so a second request sees it running.
    await tx.stageRun.create({
      data: {
        pipelineRunId: run.id,
        episodeId,
        stage: "audio-synthesizer",
        iteration,
        status: "RUNNING",
        startedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "audio.line.regenerate",
      entityType: "Episode",
      entityId: episodeId,
      episodeId,
      data: { line },
    });
    return { pipelineRunId: run.id, iteration, tier: (run.tier === "economy" ? "economy" : "standard") as Tier };
  });
}

/**
 * Whether a queued regeneration may still run: its claimed row is still running (not given up as abandoned, which
 * freed the episode for another claim) and the final approval still waits (a decided gate fixed the master).
 */
export async function lineRegenerationClaimHeld(
  db: Db,
  episodeId: string,
  claimed: { pipelineRunId: string; iteration: number },
): Promise<boolean> {
  const [row, gate] = await Promise.all([
    db.stageRun.findFirst({
      where: { ...claimed, episodeId, stage: "audio-synthesizer", status: "RUNNING" },
      select: { id: true },
    }),
    db.gate.findFirst({ where: { episodeId, kind: "FINAL", status: "PENDING" }, select: { id: true } }),
  ]);
  return Boolean(row && gate);
}

/**
 * regenerateLine's heavy part (the worker's): synthesis, mastering, validation and re-assessment under the claimed
 * row's key. A throw leaves the claimed row to its caller (regenerateLine, or the worker function's onFailure).
 */
export async function performLineRegeneration(
  db: Db,
  deps: RegenerateLineDeps,
  episodeId: string,
  line: number,
  claimed: { pipelineRunId: string; iteration: number; tier: Tier },
) {
  const run = (stage: StageKey, freshLines?: number[]) =>
    runStage(
      db,
      deps.stages,
      deps.providers,
      { ...claimed, episodeId, stage, attempt: 1, guidance: null, freshLines },
      deps.options,
    ).then((result) => {
      // A refusal for budget leaves the audio as it was: nothing was synthesised past the cap.
      if (!result.ok) throw new DomainError(result.message, 409, "budget");
      return result.output;
    });
  const audio = (await run("audio-synthesizer", [line])) as { synthesizedLines?: number; reusedLines?: number };
  await run("audio-validator");
  // The quality gates read the validator: re-assessed, so the final gate decides on this master's scores. Until they
  // are, the final approval is refused; a failure is recorded where the Research tab offers to re-assess again.
  const assessment = await reassessEpisode(db, deps.stages, deps.providers, episodeId).catch(async (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    await recordReassessmentFailure(
      db,
      episodeId,
      `the new master's quality gates could not be re-assessed (${reason}).`,
    );
    throw error;
  });
  return {
    line,
    synthesizedLines: audio.synthesizedLines ?? null,
    reusedLines: audio.reusedLines ?? null,
    assessment,
  };
}
