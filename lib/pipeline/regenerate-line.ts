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

export const regenerateLineSchema = z.object({
  line: z.number({ error: "Name the line to regenerate by its number." }).int().min(1).max(10_000),
});

/**
 * Iterations of the audio stages an editor asks for sit above any the pipeline reaches (it counts each stage's
 * iterations from 1 within a run), so a later revision's `audio-synthesizer#2` is never mistaken for one of them.
 */
export const EDITOR_ITERATIONS = 1_000;

/** A one-line regeneration takes seconds; a claim this old belongs to a process that is gone. */
const ABANDONED_AFTER_MS = 10 * 60_000;

export interface RegenerateLineDeps {
  stages: StageRegistry;
  providers: () => Promise<StageProviders>;
  options?: RunStageOptions;
}

/**
 * "Regenerate this line": while the final approval waits (the pipeline is idle and the audio is what the editor
 * reviews), synthesises one script line afresh (its stored take bypassed and replaced), reuses every other take,
 * masters and measures the episode again, then validates the new master. Each is a StageRun of the episode's run,
 * metered and budget-checked as the pipeline's own are. One regeneration at a time per episode (409 otherwise).
 */
export async function regenerateLine(
  db: Db,
  deps: RegenerateLineDeps,
  episodeId: string,
  line: number,
  user: SessionUser,
) {
  const claimed = await claimLineRegeneration(db, episodeId, line, user);
  return performLineRegeneration(db, deps, episodeId, line, claimed);
}

/** regenerateLine's synchronous part (the web server's): checks and claims, under the episode's lock. */
export async function claimLineRegeneration(db: Db, episodeId: string, line: number, user: SessionUser) {
  return db.$transaction(async (tx) => {
    const episode = await loadOwnEpisode(tx, episodeId, user);
    if (episode.status !== "AWAITING_FINAL_APPROVAL")
      throw new ConflictError("A line can be regenerated while the episode waits for its final approval.");
    await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
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
    const audioStages = { in: ["audio-synthesizer", "audio-validator"] };
    const abandonedBefore = new Date(Date.now() - ABANDONED_AFTER_MS);
    await tx.stageRun.updateMany({
      where: { episodeId, stage: audioStages, status: "RUNNING", startedAt: { lt: abandonedBefore } },
      data: { status: "FAILED", endedAt: new Date(), error: "Abandoned: the server stopped while regenerating." },
    });
    const busy = await tx.stageRun.count({ where: { episodeId, stage: audioStages, status: "RUNNING" } });
    if (busy > 0) throw new ConflictError("The audio is being produced already: wait for it to finish.");
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

/** regenerateLine's heavy part (the worker's): synthesis, mastering and validation under the claimed row's key. */
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
  return { line, synthesizedLines: audio.synthesizedLines ?? null, reusedLines: audio.reusedLines ?? null };
}
