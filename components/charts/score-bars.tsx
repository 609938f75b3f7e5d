/**
 * Horizontal 0-10 bars, each with its threshold drawn as a tick: the shape of a score card at a glance. A bar with
 * no threshold has no tick and no pass or fail colour.
 */
export function ScoreBars({
  items,
  max = 10,
  label,
}: {
  /** `notMeasured` (why it could not be measured): shown in words, with no bar and no verdict. */
  items: { key: string; label: string; value: number; threshold?: number | null; notMeasured?: string }[];
  max?: number;
  label: string;
}) {
  return (
    <figure aria-label={label}>
      <ul className="space-y-2">
        {items.map((item) => {
          const threshold = item.threshold ?? null;
          const passed = threshold === null || item.value >= threshold;
          if (item.notMeasured !== undefined)
            return (
              <li
                key={item.key}
                className="grid grid-cols-[10rem_1fr] items-center gap-3 text-sm"
                data-testid={`score-${item.key}`}
              >
                <span className="truncate">{item.label}</span>
                <span className="text-slate-500" title={item.notMeasured}>
                  not measured
                </span>
              </li>
            );
          return (
            <li
              key={item.key}
              className="grid grid-cols-[10rem_1fr_3rem] items-center gap-3 text-sm"
              data-testid={`score-${item.key}`}
            >
              <span className="truncate">{item.label}</span>
              <span className="relative h-3 rounded-full bg-slate-100" aria-hidden>
                <span
                  className={`absolute inset-y-0 left-0 rounded-full ${threshold === null ? "bg-slate-400" : passed ? "bg-emerald-500" : "bg-red-500"}`}
                  style={{ width: `${Math.min(100, (item.value / max) * 100)}%` }}
                />
                {threshold !== null && (
                  <span
                    className="absolute -inset-y-1 w-0.5 bg-slate-700"
                    style={{ left: `${(threshold / max) * 100}%` }}
                    title={`threshold ${threshold}`}
                  />
                )}
              </span>
              <span className={`text-right tabular-nums ${passed ? "text-slate-900" : "font-semibold text-red-700"}`}>
                {item.value.toFixed(1)}
                <span className="sr-only">
                  {threshold === null
                    ? ` of ${max}`
                    : ` of ${max}, threshold ${threshold}, ${passed ? "passed" : "below threshold"}`}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <figcaption className="mt-2 text-xs text-slate-500">The dark tick on each bar is its threshold.</figcaption>
    </figure>
  );
}
