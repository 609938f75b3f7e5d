import { cn } from "@/lib/cn";

/** An accessible progress bar for a share from 0 to 1. */
export function ProgressBar({
  value,
  label,
  className,
  barClassName = "bg-brand-600",
}: {
  value: number;
  label: string;
  className?: string;
  barClassName?: string;
}) {
  const share = Math.min(1, Math.max(0, value));
  return (
    <div
      className={cn("h-1.5 overflow-hidden rounded-full bg-slate-100", className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <div className={cn("h-full transition-all", barClassName)} style={{ width: `${share * 100}%` }} />
    </div>
  );
}
