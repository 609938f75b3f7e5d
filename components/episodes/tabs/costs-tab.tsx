"use client";

import type { getEpisodeCosts } from "@/lib/episodes/get-episode-costs";
import { AmountBars } from "@/components/charts/amount-bars";
import { DataTable } from "@/components/ui/data-table";
import { formatUsd as usd } from "@/lib/domain/money";
import type { Jsonify } from "../types";
import { TabState } from "./tab-state";
import { useEpisodeData } from "./use-episode-data";

type Costs = Jsonify<Awaited<ReturnType<typeof getEpisodeCosts>>>;
const AMOUNT_COLUMNS = [
  { label: "Calls", align: "right" as const },
  { label: "Charged", align: "right" as const },
  { label: "Hosted (projected)", align: "right" as const },
];
const PHASE_LABELS = { research: "Research", content: "Content", audio: "Audio", quality: "Quality assurance" };

export function CostsTab({ episodeId, status }: { episodeId: string; status: string }) {
  const { data, isLoading, error } = useEpisodeData<Costs>(episodeId, "costs", status);
  if (!data) return <TabState loading={isLoading} error={error} empty={false} emptyTitle="" emptyText="" />;
  // Offline work stands in for hosted when the two differ (hosted calls project what they cost).
  const hasProjection = data.projected !== data.total;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <span className="text-lg font-semibold tabular-nums">{usd(data.total)}</span> spent of the {usd(data.budget)}{" "}
        budget (per-episode target {usd(data.episodeTarget)})
        {hasProjection && (
          <span className="text-slate-500"> · {usd(data.projected)} on hosted providers (projected)</span>
        )}
      </p>
      <section aria-labelledby="phase-costs" className="max-w-3xl">
        <h3 id="phase-costs" className="mb-2 font-semibold">
          By phase, against the stage targets
        </h3>
        <AmountBars
          label="Cost per phase against its target"
          items={data.phases.map((p) => ({
            key: p.phase,
            label: PHASE_LABELS[p.phase],
            amount: Number(p.amount),
            target: p.target === null ? null : Number(p.target),
            note: p.projected !== p.amount ? `${usd(p.projected)} hosted` : undefined,
          }))}
        />
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <section aria-labelledby="stage-costs">
          <h3 id="stage-costs" className="mb-2 font-semibold">
            By stage
          </h3>
          <DataTable variant="plain" columns={[{ label: "Stage" }, ...AMOUNT_COLUMNS]}>
            {data.stages.map((s) => (
              <tr key={s.key}>
                <td className="py-1.5 pr-3">{s.label}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{s.calls}</td>
                <td className="py-1.5 pr-3 text-right tabular-nums">{usd(s.amount)}</td>
                <td className="py-1.5 text-right tabular-nums text-slate-500">{usd(s.projected)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
        <section aria-labelledby="provider-costs">
          <h3 id="provider-costs" className="mb-2 font-semibold">
            By provider
          </h3>
          {data.providers.length === 0 ? (
            <p className="text-sm text-slate-500">No metered calls yet.</p>
          ) : (
            <DataTable
              variant="plain"
              testId="provider-costs"
              columns={[{ label: "Provider · model" }, ...AMOUNT_COLUMNS]}
            >
              {data.providers.map((p) => (
                <tr key={`${p.provider}:${p.model}`}>
                  <td className="py-1.5 pr-3">
                    {p.provider} <span className="text-slate-500">· {p.model}</span>
                  </td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{p.calls}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{usd(p.amount)}</td>
                  <td className="py-1.5 text-right tabular-nums text-slate-500">{usd(p.projected)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      </div>
    </div>
  );
}
