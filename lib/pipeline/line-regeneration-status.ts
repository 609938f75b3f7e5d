import type { Db } from "@/lib/db";
import type { LineRegenerationStatus } from "@/lib/domain/line-regeneration-status";
import { EDITOR_ITERATIONS, abandonedBefore } from "@/lib/domain/editor-regeneration";

/**
 * The latest editor's regeneration, which the worker performs (inngest/functions/regenerate-line.ts), read from its
 * audio rows: under way until its synthesis and validation have both finished; failed when either failed.
 */
export async function getLineRegenerationStatus(db: Db, episodeId: string): Promise<LineRegenerationStatus> {
  const latest = await db.stageRun.findFirst({
    where: { episodeId, stage: "audio-synthesizer", iteration: { gt: EDITOR_ITERATIONS } },
    orderBy: { iteration: "desc" },
    select: { pipelineRunId: true, iteration: true, status: true, error: true, startedAt: true },
  });
  if (!latest) return { state: "idle" };
  const [validation, request] = await Promise.all([
    db.stageRun.findFirst({
      where: { pipelineRunId: latest.pipelineRunId, stage: "audio-validator", iteration: latest.iteration },
      select: { status: true, error: true },
    }),
    db.auditLog.findFirst({
      where: { episodeId, action: "audio.line.regenerate" },
      orderBy: { createdAt: "desc" },
      select: { data: true },
    }),
  ]);
  const line = (request?.data as { line?: number } | null)?.line ?? null;
  const failed = [latest, validation].find((r) => r?.status === "FAILED");
  if (failed) return { state: "failed", line, message: failed.error ?? "The regeneration failed." };
  // A claim left running by a process that died is not waited for (the next request marks it failed).
  if (latest.status === "RUNNING" && latest.startedAt && latest.startedAt < abandonedBefore(new Date()))
    return { state: "failed", line, message: "The regeneration stopped with the process running it." };
  if (latest.status === "RUNNING" || validation?.status !== "SUCCEEDED") return { state: "pending", line };
  return { state: "idle" };
}
