import type { Dashboard } from "@/lib/dashboard/get-dashboard";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Jsonify } from "@/components/episodes/types";
import { ProgressBar } from "@/components/ui/progress-bar";

type Props = Jsonify<Pick<Dashboard, "indicators" | "targets">>;

interface Indicator {
  key: string;
  label: string;
  value: string;
  target: string;
  /** null when there is nothing to judge yet. */
  met: boolean | null;
  note: string;
}

const usd = (n: number) => `$${n.toFixed(2)}`;

/** Each indicator beside the brief's target: met, missed, or not enough data yet. */
export function Indicators({ indicators: i, targets: t }: Props) {
  const items: Indicator[] = [
    {
      key: "cost",
      label: "Average cost per episode",
      value: i.avgCost === null ? "—" : usd(i.avgCost),
      target: `≤ ${usd(t.costPerEpisode)}`,
      met: i.avgCost === null ? null : i.avgCost <= t.costPerEpisode,
      note: i.avgProjectedCost
        ? `${usd(i.avgProjectedCost)} on hosted providers (projected)`
        : `${i.readyInWindow} ready in ${i.windowDays} days`,
    },
    {
      key: "quality",
      label: "Average quality",
      value: i.avgQuality?.toFixed(1) ?? "—",
      target: `≥ ${t.quality}`,
      met: i.avgQuality === null ? null : i.avgQuality >= t.quality,
      note: "six-dimension overall",
    },
    {
      key: "brand",
      label: "Average brand score",
      value: i.avgBrand?.toFixed(1) ?? "—",
      target: `≥ ${t.brand}`,
      met: i.avgBrand === null ? null : i.avgBrand >= t.brand,
      note: "of ready episodes",
    },
    {
      key: "success",
      label: "Success rate",
      value: i.successRate === null ? "—" : `${(i.successRate * 100).toFixed(1)}%`,
      target: `≥ ${t.successRate * 100}%`,
      met: i.successRate === null ? null : i.successRate >= t.successRate,
      note: `ready of ${i.endedInWindow} finished or failed in ${i.windowDays} days`,
    },
    {
      key: "time",
      label: "Production time",
      value:
        i.avgProductionHours === null
          ? "—"
          : i.avgProductionHours < 1
            ? `${Math.round(i.avgProductionHours * 60)} min`
            : `${i.avgProductionHours.toFixed(1)} h`,
      target: `≤ ${t.productionHours} h`,
      met: i.avgProductionHours === null ? null : i.avgProductionHours <= t.productionHours,
      note: "start to ready, reviews included",
    },
    {
      key: "consistency",
      label: "Quality consistency",
      value: i.qualityStdDev === null ? "—" : `σ ${i.qualityStdDev.toFixed(2)}`,
      target: `≤ ${t.qualityStdDev}`,
      met: i.qualityStdDev === null ? null : i.qualityStdDev <= t.qualityStdDev,
      note: `standard deviation of the last ${i.consistencySample} ready`,
    },
  ];
  const share = i.monthlyCap ? i.monthSpend / i.monthlyCap : null;
  return (
    <Card>
      <CardHeader>
        <h2 className="font-semibold">Against the targets</h2>
      </CardHeader>
      <CardBody className="space-y-5">
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="indicators">
          {items.map((item) => (
            <div
              key={item.key}
              className="rounded-md border border-slate-200 p-3"
              data-testid={`indicator-${item.key}`}
              data-met={item.met === null ? "unknown" : String(item.met)}
            >
              <dt className="text-sm text-slate-600">{item.label}</dt>
              <dd className="mt-1 flex items-baseline gap-2">
                <span className={`text-2xl font-semibold tabular-nums ${item.met === false ? "text-red-700" : ""}`}>
                  {item.value}
                </span>
                <span className="text-xs text-slate-500">target {item.target}</span>
                <span
                  className={`ml-auto text-xs font-medium ${item.met === null ? "text-slate-400" : item.met ? "text-emerald-700" : "text-red-700"}`}
                >
                  {item.met === null ? "no data yet" : item.met ? "on target" : "off target"}
                </span>
              </dd>
              <dd className="mt-0.5 text-xs text-slate-500">{item.note}</dd>
            </div>
          ))}
        </dl>
        <div data-testid="month-spend">
          <div className="flex items-baseline justify-between text-sm">
            <span className="font-medium">This month&apos;s spend</span>
            <span className="tabular-nums">
              {usd(i.monthSpend)} {i.monthlyCap !== null ? `of ${usd(i.monthlyCap)} cap` : "(no monthly cap set)"}
            </span>
          </div>
          {share !== null && (
            <ProgressBar
              className="mt-1 h-2.5"
              value={share}
              label="Month's spend against the monthly cap"
              barClassName={share >= 1 ? "bg-red-600" : share >= 0.8 ? "bg-amber-500" : "bg-emerald-500"}
            />
          )}
        </div>
      </CardBody>
    </Card>
  );
}
