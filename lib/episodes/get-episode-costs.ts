import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import type { Money } from "@/lib/domain/money";
import { ledgerTotals, type LedgerAmounts } from "@/lib/domain/projected-cost";
import { STAGES, type Phase } from "@/lib/domain/stages";
import { costTargetsFor } from "@/lib/costs/cost-targets";

/** An episode's ledger entries, with what the cost views group them by. */
export function listLedgerEntries(db: Db, episodeId: string) {
  return db.costEntry.findMany({
    where: { episodeId },
    select: { stage: true, provider: true, model: true, quantity: true, amount: true, projectedAmount: true },
  });
}

/** Charged and projected of some entries (lib/domain/projected-cost.ts), as the API's exact strings. */
function totals(entries: LedgerAmounts[]) {
  const { amount, projected } = ledgerTotals(entries);
  return { amount: amount.toFixed(4), projected: projected.toFixed(4) };
}

/**
 * The Costs tab: the ledger by stage and by provider, against the stage targets and the budget (exact dollars as
 * strings), each with its projected hosted cost.
 */
export async function getEpisodeCosts(db: Db, episodeId: string) {
  const [entries, episode] = await Promise.all([
    listLedgerEntries(db, episodeId),
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
  const byProvider = new Map<string, typeof entries>();
  for (const e of entries) {
    const key = `${e.provider}|${e.model}`;
    byProvider.set(key, [...(byProvider.get(key) ?? []), e]);
  }
  return {
    budget: episode.budget.toFixed(2),
    total: episode.costTotal.toFixed(4),
    projected: totals(entries).projected,
    episodeTarget: targets.episode.toFixed(2),
    phases: (["research", "content", "audio", "quality"] as const).map((phase) => {
      const keys = STAGES.filter((s) => s.phase === phase).map((s) => s.key as string);
      const mine = entries.filter((e) => e.stage && keys.includes(e.stage));
      return { phase, target: phaseTargets[phase]?.toFixed(2) ?? null, ...totals(mine) };
    }),
    stages: STAGES.map((s) => {
      const mine = entries.filter((e) => e.stage === s.key);
      return { key: s.key, label: s.label, phase: s.phase, calls: mine.length, ...totals(mine) };
    }),
    providers: [...byProvider.values()]
      .map((mine) => ({ mine, ...ledgerTotals(mine) }))
      .sort((a, b) => b.amount.comparedTo(a.amount) || b.projected.comparedTo(a.projected))
      .map(({ mine, calls, amount, projected }) => ({
        provider: mine[0]!.provider,
        model: mine[0]!.model,
        calls,
        // Added exactly, as the database summed it before: a float sum shows artefacts such as 0.30000000000000004.
        quantity: Decimal.sum(...mine.map((e) => e.quantity.toString())).toNumber(),
        amount: amount.toFixed(4),
        projected: projected.toFixed(4),
      })),
  };
}
