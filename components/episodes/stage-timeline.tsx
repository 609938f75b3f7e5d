import { AlertTriangle, CheckCircle2, Circle, Loader2, MinusCircle, XCircle } from "lucide-react";
import { PHASES } from "@/lib/domain/stages";
import { formatUsd } from "@/lib/domain/money";
import { cn } from "@/lib/cn";
import type { EpisodeDetailJson } from "./types";
import { ProgressBar } from "@/components/ui/progress-bar";

const ICONS = {
  PENDING: <Circle className="size-4 text-slate-300" aria-hidden />,
  RUNNING: <Loader2 className="size-4 animate-spin text-brand-600" aria-hidden />,
  SUCCEEDED: <CheckCircle2 className="size-4 text-emerald-600" aria-hidden />,
  FAILED: <XCircle className="size-4 text-red-600" aria-hidden />,
  SKIPPED: <MinusCircle className="size-4 text-slate-400" aria-hidden />,
};
/** A stage that ran but whose check did not pass: never a green tick. */
const WARNING_ICON = <AlertTriangle className="size-4 text-amber-600" aria-label="ran, but its check did not pass" />;

const PHASE_LABELS = { research: "Research", content: "Content", audio: "Audio", quality: "Quality assurance" };

function duration(ms: number | null) {
  if (ms === null) return "";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function StageTimeline({
  stages,
  overrideReason = null,
}: {
  stages: EpisodeDetailJson["stages"];
  /** Set when the final gate was approved over the readiness blockers: said beside them. */
  overrideReason?: string | null;
}) {
  const done = stages.filter((s) => s.status === "SUCCEEDED").length;
  const skipped = stages.filter((s) => s.status === "SKIPPED").length;
  return (
    <div>
      <div className="mb-3 flex items-center gap-3 text-sm">
        <ProgressBar className="h-2 flex-1" value={done / stages.length} label="Pipeline progress" />
        <span className="tabular-nums text-slate-600">
          {done} / {stages.length} stages
          {skipped > 0 && `, ${skipped} skipped`}
        </span>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
        {PHASES.map((phase) => (
          <section key={phase} aria-label={PHASE_LABELS[phase]}>
            <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{PHASE_LABELS[phase]}</h3>
            <ol className="space-y-1.5">
              {stages
                .filter((s) => s.phase === phase)
                .map((s) => (
                  <li
                    key={s.key}
                    data-testid={`stage-${s.key}`}
                    data-status={s.status}
                    data-warning={s.warning ? "true" : undefined}
                    className={cn(
                      "rounded-md border px-3 py-2 text-sm",
                      s.status === "FAILED"
                        ? "border-red-200 bg-red-50"
                        : s.warning
                          ? "border-amber-200 bg-amber-50"
                          : "border-slate-200 bg-white",
                    )}
                  >
                    <div className="flex items-center gap-2">
                      {s.warning ? WARNING_ICON : ICONS[s.status]}
                      <span className="flex-1 font-medium">{s.label}</span>
                      <span className="text-xs tabular-nums text-slate-500">
                        {s.status === "SKIPPED" ? "" : duration(s.durationMs)}
                      </span>
                    </div>
                    {(s.attempt > 1 || s.executions > 1 || Number(s.cost) > 0) && (
                      <div className="mt-1 flex gap-3 pl-6 text-xs text-slate-500">
                        {s.attempt > 1 && <span>attempt {s.attempt}</span>}
                        {s.executions > 1 && <span>{s.executions} runs</span>}
                        {Number(s.cost) > 0 && <span className="tabular-nums">{formatUsd(s.cost)}</span>}
                      </div>
                    )}
                    {s.progress !== null && (
                      <div className="mt-1.5 pl-6">
                        <ProgressBar className="h-1" value={s.progress} label={`${s.label} progress`} />
                        {s.progressNote && <p className="mt-1 text-xs text-slate-500">{s.progressNote}</p>}
                      </div>
                    )}
                    {s.status === "SKIPPED" && s.progressNote && (
                      <p className="mt-1 pl-6 text-xs text-slate-500">{s.progressNote}</p>
                    )}
                    {s.error && <p className="mt-1 pl-6 text-xs text-red-700">{s.error}</p>}
                    {s.warning && (
                      <p className="mt-1 pl-6 text-xs text-amber-900" data-testid={`stage-warning-${s.key}`}>
                        {s.warning}
                      </p>
                    )}
                    {s.warning && s.key === "qa-production-readiness" && overrideReason && (
                      <p className="mt-1 pl-6 text-xs text-amber-900" data-testid="stage-override">
                        Approved over these blockers: “{overrideReason}”
                      </p>
                    )}
                  </li>
                ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
