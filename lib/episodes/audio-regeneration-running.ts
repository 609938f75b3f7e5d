import type { Db } from "@/lib/db";
import { EDITOR_ITERATIONS, REGENERATION_STAGES, abandonedBefore } from "@/lib/domain/editor-regeneration";

/**
 * Whether a line regeneration is producing audio for the episode now: a running audio row, unless it is older than
 * a regeneration ever takes (left by a server that died). Read under the Episode row's lock to be decisive.
 */
export async function audioRegenerationRunning(db: Pick<Db, "stageRun">, episodeId: string): Promise<boolean> {
  const running = await db.stageRun.count({
    where: {
      episodeId,
      stage: { in: [...REGENERATION_STAGES] },
      status: "RUNNING",
      startedAt: { gte: abandonedBefore(new Date()) },
    },
  });
  return running > 0;
}

/**
 * Whether a regeneration has produced audio the readiness check has not yet been re-assessed on (its audio rows
 * ended after the readiness result): the certification still speaks for the old master. Same abandonment rule.
 */
export async function regeneratedAudioUnassessed(db: Pick<Db, "stageRun">, episodeId: string): Promise<boolean> {
  const readiness = await db.stageRun.findFirst({
    where: { episodeId, stage: "qa-production-readiness", status: "SUCCEEDED" },
    orderBy: { endedAt: "desc" },
    select: { endedAt: true },
  });
  const since = abandonedBefore(new Date());
  const after = readiness?.endedAt && readiness.endedAt > since ? readiness.endedAt : since;
  const unassessed = await db.stageRun.count({
    where: {
      episodeId,
      stage: { in: [...REGENERATION_STAGES] },
      iteration: { gt: EDITOR_ITERATIONS },
      status: "SUCCEEDED",
      endedAt: { gt: after },
    },
  });
  return unassessed > 0;
}
