import "server-only";
import type { Db } from "@/lib/db";
import { sumMoney } from "@/lib/domain/money";
import { QA_STAGES, STAGES } from "@/lib/domain/stages";
import { stageWarning } from "@/lib/domain/stage-warning";
import { listOpenAlerts } from "@/lib/alerts/list-open-alerts";
import { getReadiness } from "./get-readiness";
import { isEditorIteration } from "@/lib/domain/editor-regeneration";

/** An episode with one row per pipeline stage (its latest execution) and its gates: the episode page and API. */
export async function getEpisodeDetail(db: Db, episodeId: string) {
  // One round trip of parallel reads; a missing episode is checked once they are back.
  const [episode, runs, alerts, certification, latestScript, checks, readiness] = await Promise.all([
    db.episode.findUnique({
      where: { id: episodeId },
      include: {
        show: { select: { id: true, name: true, slug: true } },
        createdBy: { select: { id: true, name: true } },
        gates: { orderBy: { createdAt: "desc" }, include: { decidedBy: { select: { name: true } } } },
        runs: { orderBy: { startedAt: "desc" }, take: 1, select: { id: true, status: true, tier: true, reason: true } },
        _count: { select: { sources: true, scriptVersions: true } },
        publication: { select: { status: true } },
      },
    }),
    db.stageRun.findMany({
      where: { episodeId },
      orderBy: [{ startedAt: "asc" }],
      select: {
        id: true,
        stage: true,
        iteration: true,
        attempt: true,
        status: true,
        error: true,
        cost: true,
        startedAt: true,
        endedAt: true,
        durationMs: true,
        guidance: true,
        pipelineRunId: true,
        progress: true,
        progressNote: true,
      },
    }),
    listOpenAlerts(db, { episodeId }),
    db.certification.findFirst({
      where: { episodeId },
      orderBy: { createdAt: "desc" },
      select: { certified: true, createdAt: true, overrideReason: true },
    }),
    db.scriptVersion.findFirst({
      where: { episodeId },
      orderBy: { version: "desc" },
      select: { version: true, authorKind: true, segments: true, note: true, createdAt: true },
    }),
    // The quality gates' outputs: a gate that ran but did not pass is shown as a warning, not a tick.
    db.stageRun.findMany({
      where: { episodeId, stage: { in: QA_STAGES }, status: "SUCCEEDED" },
      select: { id: true, output: true },
    }),
    getReadiness(db, episodeId),
  ]);
  if (!episode) return null;
  const stages = STAGES.map((s) => {
    const executions = runs.filter((r) => r.stage === s.key);
    // An editor's line regeneration does not decide the stage: a refused one leaves the master in use as it was
    // (the Audio tab says it failed).
    const latest = executions.filter((r) => !isEditorIteration(r.iteration)).at(-1);
    return {
      key: s.key,
      label: s.label,
      phase: s.phase,
      status: latest?.status ?? ("PENDING" as const),
      attempt: latest?.attempt ?? 0,
      iteration: latest?.iteration ?? 0,
      executions: executions.length,
      durationMs: latest?.durationMs ?? null,
      cost: sumMoney(executions.map((r) => r.cost)).toFixed(4),
      error: latest?.status === "FAILED" ? latest.error : null,
      warning: stageWarning(checks.find((c) => c.id === latest?.id)?.output),
      startedAt: latest?.startedAt ?? null,
      progress: latest?.status === "RUNNING" ? latest.progress : null,
      // A skipped stage's note says why it did not run (e.g. the producer supplied the script).
      progressNote: latest?.status === "RUNNING" || latest?.status === "SKIPPED" ? latest.progressNote : null,
    };
  });
  const { runs: latestRun, ...rest } = episode;
  return {
    ...rest,
    budget: episode.budget.toFixed(2),
    costTotal: episode.costTotal.toFixed(4),
    projectedCost: episode.projectedCost.toFixed(4),
    run: latestRun[0] ?? null,
    stages,
    alerts,
    pendingGate: episode.gates.find((g) => g.status === "PENDING") ?? null,
    certification,
    readiness,
    latestScript: latestScript && {
      ...latestScript,
      segments: latestScript.segments as { title: string; lines: { speaker: string; text: string }[] }[],
    },
  };
}
export type EpisodeDetail = NonNullable<Awaited<ReturnType<typeof getEpisodeDetail>>>;
