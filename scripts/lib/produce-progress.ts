import cliProgress from "cli-progress";
import Decimal from "decimal.js";
import type { StageProgress } from "@/lib/episodes/get-stage-progress";
import type { StageSummary } from "@/lib/episodes/summarise-stages";
import type { ProgressSnapshot, Timings } from "./produce-episode";

/** Shows a produce run's progress: one live bar per stage on a terminal, plain lines on changes otherwise (CI logs). */
export interface ProgressRenderer {
  update(snapshot: ProgressSnapshot): void;
  /** A line above the bars (or just a line). */
  log(message: string): void;
  stop(): void;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const LABEL_WIDTH = Math.max(...["Speech optimisation", "Production readiness"].map((l) => l.length));

const STATE_TEXT: Record<StageProgress["state"], string> = {
  NOT_STARTED: "waiting",
  PENDING: "queued",
  RUNNING: "running",
  SUCCEEDED: "done",
  FAILED: "failed",
  SKIPPED: "skipped",
};

/** " (attempt 2, run 2)": engine retries and re-runs with feedback, when there were any. */
function retries(stage: StageProgress) {
  const parts = [
    stage.attempt > 1 && `attempt ${stage.attempt}`,
    stage.iteration > 1 && `run ${stage.iteration}`,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

export function createProgressRenderer(stream: NodeJS.WriteStream = process.stdout): ProgressRenderer {
  return stream.isTTY ? barRenderer(stream) : lineRenderer(stream);
}

function barRenderer(stream: NodeJS.WriteStream): ProgressRenderer {
  const multibar = new cliProgress.MultiBar(
    {
      stream,
      // {duration} and {percentage} are cli-progress's own tokens; ours is {took}.
      format: " {label} {bar} {percentage} {state} {took} {note}",
      barsize: 20,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      autopadding: false,
      fps: 10,
      formatValue: (value, _options, type) => (type === "percentage" ? `${String(value).padStart(3)}%` : String(value)),
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  let episodeStatus = "";
  return {
    update(snapshot) {
      if (snapshot.episodeStatus !== episodeStatus) {
        episodeStatus = snapshot.episodeStatus;
        multibar.log(`Episode ${snapshot.episodeId}: ${episodeStatus} (${seconds(snapshot.elapsedMs)})\n`);
      }
      for (const stage of snapshot.stages) {
        const payload = {
          label: stage.label.padEnd(LABEL_WIDTH),
          state: `${STATE_TEXT[stage.state]}${retries(stage)}`.padEnd(24),
          took: (stage.durationMs === null ? "" : seconds(stage.durationMs)).padStart(8),
          note: stage.note && stage.state === "RUNNING" ? stage.note.slice(0, 36) : "",
        };
        const value = Math.round(100 * (stage.progress ?? (stage.state === "SKIPPED" ? 1 : 0)));
        const bar = bars.get(stage.key);
        if (bar) bar.update(value, payload);
        else bars.set(stage.key, multibar.create(100, value, payload));
      }
    },
    log: (message) => multibar.log(`${message}\n`),
    stop: () => multibar.stop(),
  };
}

function lineRenderer(stream: NodeJS.WriteStream): ProgressRenderer {
  const seen = new Map<string, string>();
  let episodeStatus = "";
  const write = (line: string) => stream.write(`${line}\n`);
  return {
    update(snapshot) {
      const stamp = `[${seconds(snapshot.elapsedMs).padStart(8)}]`;
      for (const stage of snapshot.stages) {
        if (stage.state === "NOT_STARTED") continue;
        // A line when the state, attempt or run changes, and at each quarter of a long stage's progress.
        const quarter = stage.state === "RUNNING" && stage.progress !== null ? Math.floor(stage.progress * 4) : -1;
        const key = `${stage.state}|${stage.attempt}|${stage.iteration}|${quarter}`;
        if (seen.get(stage.key) === key) continue;
        seen.set(stage.key, key);
        const percent =
          stage.state === "RUNNING" && stage.progress !== null ? ` ${Math.round(stage.progress * 100)}%` : "";
        const duration =
          stage.state !== "RUNNING" && stage.durationMs !== null ? ` in ${seconds(stage.durationMs)}` : "";
        const note = stage.state === "RUNNING" && stage.note ? ` (${stage.note})` : "";
        write(
          `${stamp} ${stage.label.padEnd(LABEL_WIDTH)} ${STATE_TEXT[stage.state]}${percent}${duration}${retries(stage)}${note}`,
        );
      }
      // After the stages, so the line saying the episode is ready comes after its last stage's.
      if (snapshot.episodeStatus !== episodeStatus) {
        episodeStatus = snapshot.episodeStatus;
        write(`${stamp} Episode ${snapshot.episodeId}: ${episodeStatus}`);
      }
    },
    log: (message) => write(message),
    stop() {},
  };
}

const money = (d: Decimal) => `$${d.toFixed(4)}`;

/** The per-stage table printed after a run: runs, attempts, time and cost (and the hosted projection). */
export function formatStageTable(stages: StageSummary[]): string {
  const rows = [
    ["Stage", "Runs", "Attempts", "Duration", "Cost", "Hosted est."],
    ...stages.map((s) => [
      s.label,
      String(s.runs),
      String(s.attempts),
      seconds(s.durationMs),
      money(s.cost),
      money(s.projectedCost),
    ]),
  ];
  const total = stages.reduce(
    (t, s) => ({ ms: t.ms + s.durationMs, cost: t.cost.plus(s.cost), projected: t.projected.plus(s.projectedCost) }),
    { ms: 0, cost: new Decimal(0), projected: new Decimal(0) },
  );
  if (stages.length > 0)
    rows.push([
      "Total (stage time, not wall time)",
      "",
      "",
      seconds(total.ms),
      money(total.cost),
      money(total.projected),
    ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => "  " + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  "))
    .join("\n");
}

export function formatTimings(t: Timings): string[] {
  return [
    `Wall time: ${seconds(t.totalMs)} in all`,
    `  set-up (database, migrations, sources, engine): ${seconds(t.setupMs)}`,
    `  pipeline (requested -> finished):               ${seconds(t.pipelineMs)}`,
    `  writing the files:                              ${seconds(t.totalMs - t.setupMs - t.pipelineMs)}`,
  ];
}
