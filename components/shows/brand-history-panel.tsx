import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";
import type { BrandHistory } from "@/lib/shows/brand-history";
import { BrandHistoryChart } from "./brand-history-chart";

const LATEST_ROWS = 8;

/** The brand score history of a show: summary figures, the chart and the latest entries, or an empty state. */
export function BrandHistoryPanel({ history, threshold }: { history: BrandHistory; threshold: number }) {
  if (history.count === 0) {
    return (
      <div data-testid="brand-history-empty">
        <EmptyState title="No brand scores yet">
          Each script the pipeline writes for this show is scored against its brand profile; the scores appear here.
        </EmptyState>
      </div>
    );
  }
  const latest = history.entries.slice(-LATEST_ROWS).reverse();
  return (
    <div className="space-y-4" data-testid="brand-history">
      <dl className="grid grid-cols-3 gap-3 text-sm">
        <div>
          <dt className="text-xs text-slate-500">Average</dt>
          <dd className="font-semibold tabular-nums">{history.average!.toFixed(2)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Lowest</dt>
          <dd className={`font-semibold tabular-nums ${history.min! < threshold ? "text-red-700" : ""}`}>
            {history.min!.toFixed(1)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Passed</dt>
          <dd className="font-semibold tabular-nums">
            {history.passedCount} / {history.count}
          </dd>
        </div>
      </dl>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
        <BrandHistoryChart points={history.entries} threshold={threshold} />
        <DataTable
          variant="plain"
          testId="brand-history-table"
          caption="Latest brand scores, newest first"
          columns={[{ label: "Episode" }, { label: "Date" }, { label: "Score", align: "right" }, { label: "Result" }]}
        >
          {latest.map((e) => (
            <tr key={e.id} data-testid="brand-history-row">
              <td className="py-2 pr-3">
                <Link href={`/episodes/${e.episodeId}`} prefetch={false} className="text-brand-700 hover:underline">
                  {e.episodeTitle}
                </Link>
              </td>
              <td className="whitespace-nowrap py-2 pr-3 text-xs text-slate-500">
                {e.createdAt.toISOString().slice(0, 10)}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{e.overall.toFixed(1)}</td>
              <td className="py-2">
                <Badge
                  className="whitespace-nowrap"
                  tone={e.passed ? "success" : "danger"}
                  title={`Checked against ${e.threshold.toFixed(1)} at the time`}
                >
                  {e.passed ? "passed" : "below threshold"}
                </Badge>
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </div>
  );
}
