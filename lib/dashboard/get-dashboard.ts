import "server-only";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { STAGES } from "@/lib/domain/stages";
import { monthStart } from "@/lib/costs/budget-scopes";
import { BRAND_TARGET, COST_TARGETS, OVERALL_TARGET } from "@/lib/domain/targets";

/** The brief's targets the dashboard's indicators are shown against. */
export const DASHBOARD_TARGETS = {
  costPerEpisode: COST_TARGETS.episode.toNumber(),
  quality: OVERALL_TARGET,
  brand: BRAND_TARGET,
  successRate: 0.99,
  productionHours: 4,
  qualityStdDev: 0.5,
};
/** Indicators look at episodes created in this window; consistency at the latest READY episodes. */
const WINDOW_DAYS = 30;
const CONSISTENCY_SAMPLE = 20;
const LIST_LIMIT = 8;

const episodeCard = {
  id: true,
  title: true,
  status: true,
  statusReason: true,
  createdAt: true,
  show: { select: { name: true } },
} as const;

/**
 * Everything the dashboard shows, in a handful of indexed queries: episodes in progress with their stage progress,
 * what waits for this user's review, what needs attention, and the indicators against the brief's targets.
 */
export async function getDashboard(db: Db, user: SessionUser, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const reviewer = hasRole(user.role, "EDITOR");
  const [running, attention, gates, totals, finished, consistency, spend, policy] = await Promise.all([
    db.episode.findMany({
      where: { status: { in: ["QUEUED", "RUNNING"] } },
      orderBy: { createdAt: "desc" },
      take: LIST_LIMIT,
      select: episodeCard,
    }),
    db.episode.findMany({
      where: { status: { in: ["NEEDS_ATTENTION", "PAUSED_BUDGET"] } },
      orderBy: { updatedAt: "desc" },
      take: LIST_LIMIT,
      select: episodeCard,
    }),
    db.gate.findMany({
      where: { status: "PENDING", ...(reviewer ? {} : { episode: { createdById: user.id } }) },
      orderBy: { createdAt: "asc" },
      take: LIST_LIMIT,
      select: { id: true, kind: true, iteration: true, createdAt: true, episode: { select: episodeCard } },
    }),
    db.episode.groupBy({ by: ["status"], _count: { _all: true } }),
    db.episode.aggregate({
      where: { status: "READY", createdAt: { gte: since } },
      _avg: { costTotal: true, projectedCost: true, qualityScore: true, brandScore: true },
      _count: { _all: true },
    }),
    db.$queryRaw<{ stddev: number | null; n: bigint; hours: number | null }[]>`
      SELECT stddev_samp(q) AS stddev, count(q) AS n, avg(h) AS hours FROM (
        SELECT "qualityScore" AS q, extract(epoch FROM ("completedAt" - "startedAt")) / 3600 AS h
        FROM "Episode" WHERE status = 'READY' AND "qualityScore" IS NOT NULL
        ORDER BY "createdAt" DESC LIMIT ${CONSISTENCY_SAMPLE}
      ) recent`,
    db.costEntry.aggregate({ where: { createdAt: { gte: monthStart(now) } }, _sum: { amount: true } }),
    db.budgetPolicy.findFirst({ where: { showId: null }, select: { monthlyCap: true } }),
  ]);
  const [ended, succeeded] = await Promise.all([
    db.episode.count({ where: { createdAt: { gte: since }, status: { in: ["READY", "NEEDS_ATTENTION"] } } }),
    db.episode.count({ where: { createdAt: { gte: since }, status: "READY" } }),
  ]);

  // Stage progress of the running episodes: their latest run's stage rows only.
  const stageRows = running.length
    ? await db.stageRun.findMany({
        where: { episodeId: { in: running.map((e) => e.id) } },
        orderBy: { startedAt: "asc" },
        select: { episodeId: true, pipelineRunId: true, stage: true, status: true, progress: true },
      })
    : [];
  const inProgress = running.map((e) => {
    const rows = stageRows.filter((r) => r.episodeId === e.id);
    const latestRun = rows.at(-1)?.pipelineRunId;
    const current = rows.filter((r) => r.pipelineRunId === latestRun);
    const done = new Set(current.filter((r) => r.status === "SUCCEEDED").map((r) => r.stage));
    const active = current.filter((r) => r.status === "RUNNING");
    return {
      ...e,
      stagesDone: done.size,
      stagesTotal: STAGES.length,
      // Completed stages plus the running ones' own progress, as a share of all stages.
      fraction: (done.size + active.reduce((n, r) => n + (r.progress ?? 0), 0)) / STAGES.length,
      activeStages: active.map((r) => STAGES.find((s) => s.key === r.stage)?.label ?? r.stage),
    };
  });

  const count = (...statuses: string[]) =>
    totals.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + s._count._all, 0);
  const [stats] = consistency;
  const num = (v: { toString(): string } | null | undefined) =>
    v === null || v === undefined ? null : Number(v.toString());
  return {
    reviewer,
    counts: {
      total: totals.reduce((n, s) => n + s._count._all, 0),
      inProgress: count("QUEUED", "RUNNING"),
      awaitingReview: count("AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL"),
      needsAttention: count("NEEDS_ATTENTION", "PAUSED_BUDGET"),
      ready: count("READY"),
    },
    inProgress,
    awaitingReview: gates,
    needsAttention: attention,
    indicators: {
      windowDays: WINDOW_DAYS,
      readyInWindow: finished._count._all,
      avgCost: num(finished._avg.costTotal),
      avgProjectedCost: num(finished._avg.projectedCost),
      avgQuality: finished._avg.qualityScore,
      avgBrand: finished._avg.brandScore,
      successRate: ended > 0 ? succeeded / ended : null,
      endedInWindow: ended,
      avgProductionHours: stats?.hours === null || stats?.hours === undefined ? null : Number(stats.hours),
      qualityStdDev: stats?.stddev === null || stats?.stddev === undefined ? null : Number(stats.stddev),
      consistencySample: Number(stats?.n ?? 0),
      monthSpend: num(spend._sum.amount) ?? 0,
      monthlyCap: num(policy?.monthlyCap),
    },
    targets: DASHBOARD_TARGETS,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
