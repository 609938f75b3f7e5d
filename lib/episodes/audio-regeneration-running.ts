import type { Db } from "@/lib/db";
import { REGENERATION_STAGES, abandonedBefore } from "@/lib/domain/editor-regeneration";

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
