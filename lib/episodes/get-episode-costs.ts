import type { Db } from "@/lib/db";
import { sumMoney, type Money } from "@/lib/domain/money";
import { sumProjectedCost } from "@/lib/domain/projected-cost";
import { STAGES, type Phase } from "@/lib/domain/stages";
import { costTargetsFor } from "@/lib/costs/cost-targets";

type Entry = {
  stage: string | null;
  provider: string;
  model: string;
  quantity: { toString(): string };
  amount: { toString(): string };
  projectedAmount: { toString(): string } | null;
};

/** Charged and projected (lib/domain/projected-cost.ts) of some entries, exact, as the API's strings. */
const totals = (entries: Entry[]) => ({
  amount: sumMoney(entries.map((e) => e.amount)).toFixed(4),
  projected: sumProjectedCost(entries).toFixed(4),
});

/**
 * The Costs tab and the command line's stage table: the ledger by stage and by provider, against the stage targets
 * and the budget (exact dollars as strings), each with its projected hosted cost.
 */
export async function getEpisodeCosts(db: Db, episodeId: string) {
  const [entries, episode] = await Promise.all([
    db.costEntry.findMany({
      where: { episodeId },
      select: { stage: true, provider: true, model: true, quantity: true, amount: true, projectedAmount: true },
    }),
    db.episode.findUniqueOrThrow({
      where: { id: episodeId },
      select: { budget: true, costTotal: true, show: { select: { budgetPolicy: true } } },
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
  const byProvider = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.provider}|${e.model}`;
    byProvider.set(key, [...(byProvider.get(key) ?? []), e]);
  }
  return {
    budget: episode.budget.toFixed(2),
    total: episode.costTotal.toFixed(4),
    projected: sumProjectedCost(entries).toFixed(4),
    episodeTarget: targets.episode.toFixed(2),
    phases: (["research", "content", "audio", "quality"] as const).map((phase) => {
      const keys = STAGES.filter((s) => s.phase === phase).map((s) => s.key as string);
      return {
        phase,
        target: phaseTargets[phase]?.toFixed(2) ?? null,
        ...totals(entries.filter((e) => e.stage && keys.includes(e.stage))),
      };
    }),
    stages: STAGES.map((s) => {
      const mine = entries.filter((e) => e.stage === s.key);
      return { key: s.key, label: s.label, phase: s.phase, calls: mine.length, ...totals(mine) };
    }),
    providers: [...byProvider.values()]
      .map((mine) => ({ mine, amount: sumMoney(mine.map((e) => e.amount)), projected: sumProjectedCost(mine) }))
      .sort((a, b) => b.amount.comparedTo(a.amount) || b.projected.comparedTo(a.projected))
      .map(({ mine, amount, projected }) => ({
        provider: mine[0]!.provider,
        model: mine[0]!.model,
        calls: mine.length,
        quantity: sumMoney(mine.map((e) => e.quantity)).toNumber(),
        amount: amount.toFixed(4),
        projected: projected.toFixed(4),
      })),
  };
}
