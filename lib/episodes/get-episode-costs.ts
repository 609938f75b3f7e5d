import type { Db } from "@/lib/db";
import { sumMoney, toMoney, type Money } from "@/lib/domain/money";
import { STAGES, type Phase } from "@/lib/domain/stages";
import { costTargetsFor } from "@/lib/costs/cost-targets";

/** The Costs tab: the ledger by stage and by provider, against the stage targets and the budget (exact dollars as strings). */
export async function getEpisodeCosts(db: Db, episodeId: string) {
  const [byStage, byProvider, episode] = await Promise.all([
    db.costEntry.groupBy({
      by: ["stage"],
      where: { episodeId },
      _sum: { amount: true, projectedAmount: true },
      _count: true,
    }),
    db.costEntry.groupBy({
      by: ["provider", "model"],
      where: { episodeId },
      _sum: { amount: true, projectedAmount: true, quantity: true },
      _count: true,
    }),
    db.episode.findUniqueOrThrow({
      where: { id: episodeId },
      select: { budget: true, costTotal: true, projectedCost: true, show: { select: { budgetPolicy: true } } },
    }),
  ]);
  // The targets the cost-compliance gate measures against.
  const targets = await costTargetsFor(db, episode.show.budgetPolicy);
  const phaseTargets: Record<Phase, Money | null> = {
    research: targets.research,
    content: targets.content,
    audio: targets.audio,
    quality: null,
  };
  return {
    budget: episode.budget.toFixed(2),
    total: episode.costTotal.toFixed(4),
    projected: episode.projectedCost.toFixed(4),
    episodeTarget: targets.episode.toFixed(2),
    phases: (["research", "content", "audio", "quality"] as const).map((phase) => {
      const keys = STAGES.filter((s) => s.phase === phase).map((s) => s.key as string);
      const rows = byStage.filter((r) => r.stage && keys.includes(r.stage));
      return {
        phase,
        target: phaseTargets[phase]?.toFixed(2) ?? null,
        amount: sumMoney(rows.map((r) => r._sum.amount)).toFixed(4),
        projected: sumMoney(rows.map((r) => r._sum.projectedAmount)).toFixed(4),
      };
    }),
    stages: STAGES.map((s) => {
      const row = byStage.find((r) => r.stage === s.key);
      return {
        key: s.key,
        label: s.label,
        phase: s.phase,
        calls: row?._count ?? 0,
        amount: toMoney(row?._sum.amount).toFixed(4),
        projected: toMoney(row?._sum.projectedAmount).toFixed(4),
      };
    }),
    providers: byProvider
      .map((r) => ({ r, amount: toMoney(r._sum.amount), projected: toMoney(r._sum.projectedAmount) }))
      .sort((a, b) => b.amount.comparedTo(a.amount) || b.projected.comparedTo(a.projected))
      .map(({ r, amount, projected }) => ({
        provider: r.provider,
        model: r.model,
        calls: r._count,
        quantity: Number(r._sum.quantity ?? 0),
        amount: amount.toFixed(4),
        projected: projected.toFixed(4),
      })),
  };
}
