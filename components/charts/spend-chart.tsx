import type { DaySpend } from "@/lib/costs/spend-over-time";
import { formatUsd as usd } from "@/lib/domain/money";

/** Daily spend as columns (charged solid, hosted projection outlined), with the total below. */
export function SpendChart({ days }: { days: DaySpend[] }) {
  const max = Math.max(0.0001, ...days.map((d) => Math.max(d.charged, d.projected)));
  const total = days.reduce((n, d) => n + d.charged, 0);
  const projected = days.reduce((n, d) => n + d.projected, 0);
  const W = 600;
  const H = 140;
  const step = W / days.length;
  return (
    <figure data-testid="spend-chart">
      <svg
        viewBox={`0 0 ${W} ${H + 18}`}
        className="h-44 w-full"
        role="img"
        aria-label={`Spend per day over the last ${days.length} days: ${usd(total)} charged, ${usd(projected)} projected on hosted providers`}
      >
        {days.map((d, i) => {
          const x = i * step + step * 0.15;
          const w = step * 0.7;
          const hp = (d.projected / max) * H;
          const hc = (d.charged / max) * H;
          return (
            <g key={d.day}>
              <title>{`${d.day}: ${usd(d.charged)} charged, ${usd(d.projected)} projected`}</title>
              {d.projected > 0 && (
                <rect
                  x={x}
                  y={H - hp}
                  width={w}
                  height={hp}
                  className="fill-none stroke-brand-600"
                  strokeDasharray="2 2"
                />
              )}
              {d.charged > 0 && <rect x={x} y={H - hc} width={w} height={hc} className="fill-brand-600" />}
            </g>
          );
        })}
        <line x1={0} x2={W} y1={H} y2={H} className="stroke-slate-300" />
        <text x={0} y={H + 14} className="fill-slate-500 text-[10px]">
          {days[0]?.day}
        </text>
        <text x={W} y={H + 14} textAnchor="end" className="fill-slate-500 text-[10px]">
          {days.at(-1)?.day}
        </text>
      </svg>
      <figcaption className="text-sm text-slate-600">
        {usd(total)} charged in {days.length} days; {usd(projected)} on hosted providers (projected, dashed). Peak day{" "}
        {usd(max)}.
      </figcaption>
    </figure>
  );
}
