import { formatUsd } from "@/lib/domain/money";

/** Horizontal bars of dollar amounts on one scale, with an optional target tick per bar. */
export function AmountBars({
  items,
  label,
}: {
  items: { key: string; label: string; amount: number; target?: number | null; note?: string }[];
  label: string;
}) {
  const scale = Math.max(0.01, ...items.map((i) => Math.max(i.amount, i.target ?? 0)));
  return (
    <figure aria-label={label}>
      <ul className="space-y-2">
        {items.map((item) => {
          const over = item.target != null && item.amount > item.target;
          return (
            <li key={item.key} className="grid grid-cols-[10rem_1fr_6rem] items-center gap-3 text-sm">
              <span className="truncate">{item.label}</span>
              <span className="relative h-3 rounded-full bg-slate-100" aria-hidden>
                <span
                  className={`absolute inset-y-0 left-0 rounded-full ${over ? "bg-red-500" : "bg-brand-600"}`}
                  style={{ width: `${(item.amount / scale) * 100}%` }}
                />
                {item.target != null && (
                  <span
                    className="absolute -inset-y-1 w-0.5 bg-slate-700"
                    style={{ left: `${(item.target / scale) * 100}%` }}
                  />
                )}
              </span>
              <span className="text-right tabular-nums">
                {formatUsd(item.amount)}
                {item.target != null && <span className="sr-only">{` of a $${item.target.toFixed(2)} target`}</span>}
                {item.note && <span className="block text-xs text-slate-500">{item.note}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
