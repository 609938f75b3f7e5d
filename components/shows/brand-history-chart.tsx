export interface BrandHistoryPoint {
  id: string;
  episodeId: string;
  episodeTitle: string;
  overall: number;
  createdAt: Date | string;
}

const W = 560;
const H = 220;
const PAD = { top: 12, right: 16, bottom: 28, left: 36 };

const fmtDate = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/**
 * Overall brand score of each brand-validator run, oldest to newest, against the show's brand threshold (the
 * dashed line). Points below the threshold are red; each point has a title ("episode title: 9.4") that screen
 * readers and hovering announce. The y axis starts just below the lowest score or the threshold, so the
 * differences that matter near the top of the 0-10 scale stay visible.
 */
export function BrandHistoryChart({ points, threshold }: { points: BrandHistoryPoint[]; threshold: number }) {
  if (points.length === 0) return null;
  const low = Math.min(threshold, ...points.map((p) => p.overall));
  const yMin = Math.max(0, Math.floor(low - 0.5));
  const yMax = 10;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (v: number) => PAD.top + (1 - (Math.min(yMax, Math.max(yMin, v)) - yMin) / (yMax - yMin)) * innerH;
  const ticks = Array.from({ length: yMax - yMin + 1 }, (_, i) => yMin + i).filter(
    (t, _, all) => all.length <= 6 || t % 2 === 0,
  );
  const below = points.filter((p) => p.overall < threshold).length;
  const summary = `Brand score of the last ${points.length} script${points.length === 1 ? "" : "s"}, from ${fmtDate(points[0]!.createdAt)} to ${fmtDate(points.at(-1)!.createdAt)}: ${below} below the threshold of ${threshold.toFixed(1)}.`;

  return (
    <figure data-testid="brand-history-chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby="brand-chart-title">
        <title id="brand-chart-title">{summary}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="stroke-slate-100" />
            <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="fill-slate-500 text-[11px]">
              {t}
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(threshold)}
          y2={y(threshold)}
          className="stroke-slate-700"
          strokeDasharray="5 4"
          data-testid="brand-threshold-line"
        >
          <title>{`Brand threshold: ${threshold.toFixed(1)}`}</title>
        </line>
        <text x={W - PAD.right} y={y(threshold) - 4} textAnchor="end" className="fill-slate-700 text-[11px]">
          threshold {threshold.toFixed(1)}
        </text>
        {points.length > 1 && (
          <polyline
            points={points.map((p, i) => `${x(i)},${y(p.overall)}`).join(" ")}
            fill="none"
            className="stroke-brand-500"
            strokeWidth={1.5}
            aria-hidden
          />
        )}
        {points.map((p, i) => {
          const fails = p.overall < threshold;
          return (
            <circle
              key={p.id}
              cx={x(i)}
              cy={y(p.overall)}
              r={4}
              className={fails ? "fill-red-600 stroke-white" : "fill-brand-600 stroke-white"}
              strokeWidth={1.5}
              data-testid="brand-point"
              data-below={fails ? "true" : "false"}
            >
              <title>{`${p.episodeTitle}: ${p.overall.toFixed(1)}`}</title>
            </circle>
          );
        })}
        <text x={PAD.left} y={H - 8} className="fill-slate-500 text-[11px]">
          {fmtDate(points[0]!.createdAt)}
        </text>
        {points.length > 1 && (
          <text x={W - PAD.right} y={H - 8} textAnchor="end" className="fill-slate-500 text-[11px]">
            {fmtDate(points.at(-1)!.createdAt)}
          </text>
        )}
      </svg>
      <figcaption className="mt-1 text-xs text-slate-500">
        Overall brand score per script, oldest first. The dashed line is the show&apos;s brand threshold; red points
        fall below it.
      </figcaption>
    </figure>
  );
}
