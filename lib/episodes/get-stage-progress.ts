import type { Db } from "@/lib/db";
import { STAGES, type StageKey } from "@/lib/domain/stages";

export type StageState = "NOT_STARTED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "SKIPPED";

export interface StageProgress {
  key: StageKey;
  label: string;
  state: StageState;
  iteration: number;
  attempt: number;
  /** Final duration when finished; time so far while running. */
  durationMs: number | null;
  progress: number | null;
  note: string | null;
}

/**
 * Where an episode's run stands, from its StageRun rows: every stage in pipeline order with its latest run's state,
 * and the episode's status with whether a gate awaits a person.
 */
export async function getStageProgress(db: Db, episodeId: string, now = Date.now()) {
  const [episode, runs, pendingGate] = await Promise.all([
    db.episode.findUniqueOrThrow({ where: { id: episodeId }, select: { status: true, statusReason: true } }),
    db.stageRun.findMany({
      where: { episodeId },
      select: {
        stage: true,
        iteration: true,
        attempt: true,
        status: true,
        durationMs: true,
        startedAt: true,
        progress: true,
        progressNote: true,
      },
      orderBy: [{ iteration: "asc" }, { startedAt: "asc" }],
    }),
    db.gate.findFirst({ where: { episodeId, status: "PENDING" }, select: { id: true } }),
  ]);
  const stages = STAGES.map(({ key, label }): StageProgress => {
    const run = runs.filter((r) => r.stage === key).at(-1);
    if (!run)
      return {
        key,
        label,
        state: "NOT_STARTED",
        iteration: 0,
        attempt: 0,
        durationMs: null,
        progress: null,
        note: null,
      };
    const running = run.status === "RUNNING";
    return {
      key,
      label,
      state: run.status,
      iteration: run.iteration,
      attempt: run.attempt,
      durationMs: running && run.startedAt ? now - run.startedAt.getTime() : run.durationMs,
      progress: run.status === "SUCCEEDED" ? 1 : run.progress,
      note: run.progressNote,
    };
  });
  return { episode, stages, gatePending: pendingGate !== null };
}
