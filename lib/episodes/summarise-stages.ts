import Decimal from "decimal.js";
import type { Db } from "@/lib/db";
import { STAGES, type StageKey } from "@/lib/domain/stages";
import { ledgerTotals } from "@/lib/domain/projected-cost";
import { listLedgerEntries } from "./get-episode-costs";

export interface StageSummary {
  key: StageKey;
  label: string;
  /** Executions (iterations: a re-write after a failed brand score is a second run). */
  runs: number;
  /** Attempts over all runs (engine retries count). */
  attempts: number;
  durationMs: number;
  cost: Decimal;
  /** What the same usage would cost on hosted providers (lib/domain/projected-cost.ts): the Costs tab's figure. */
  projectedCost: Decimal;
}

/** Each stage that ran: its runs, attempts and time from its StageRun rows, its cost from the ledger (the Costs tab's). */
export async function summariseStages(db: Db, episodeId: string): Promise<StageSummary[]> {
  const [runs, entries] = await Promise.all([
    // A skipped stage (the producer supplied the script) did not run.
    db.stageRun.findMany({
      where: { episodeId, status: { not: "SKIPPED" } },
      select: { stage: true, attempt: true, durationMs: true },
    }),
    listLedgerEntries(db, episodeId),
  ]);
  return STAGES.flatMap(({ key, label }) => {
    const mine = runs.filter((r) => r.stage === key);
    if (mine.length === 0) return [];
    const { amount, projected } = ledgerTotals(entries.filter((e) => e.stage === key));
    return [
      {
        key,
        label,
        runs: mine.length,
        attempts: mine.reduce((n, r) => n + r.attempt, 0),
        durationMs: mine.reduce((n, r) => n + (r.durationMs ?? 0), 0),
        cost: amount,
        projectedCost: projected,
      },
    ];
  });
}
