import type { Db } from "@/lib/db";
import { STAGES } from "@/lib/domain/stages";
import { describeCheckFailure } from "@/lib/domain/describe-check-failure";

/** The stage whose run failed last, with its error, or null when none did. */
export async function getFailedStage(db: Db, episodeId: string) {
  const run = await db.stageRun.findFirst({
    where: { episodeId, status: "FAILED" },
    orderBy: [{ endedAt: { sort: "desc", nulls: "last" } }],
    select: { stage: true, error: true },
  });
  if (!run) return null;
  return {
    label: STAGES.find((s) => s.key === run.stage)?.label ?? run.stage,
    error: run.error ?? "no error recorded",
  };
}

const CHECKED_STAGES = STAGES.filter(
  (s) => s.key === "brand-validator" || s.key === "audio-validator" || s.phase === "quality",
);

/** What the latest brand, audio and quality checks said, one line for each that did not pass. */
export async function getFailedChecks(db: Db, episodeId: string): Promise<string[]> {
  const runs = await db.stageRun.findMany({
    where: { episodeId, stage: { in: CHECKED_STAGES.map((s) => s.key) }, status: "SUCCEEDED" },
    orderBy: [{ iteration: "desc" }, { endedAt: "desc" }],
    select: { stage: true, output: true },
  });
  return CHECKED_STAGES.flatMap(({ key, label }) => {
    const failure = describeCheckFailure(runs.find((r) => r.stage === key)?.output);
    return failure === null ? [] : [`${label}: ${failure}`];
  });
}
