import type { EpisodeStatus } from "./episode-statuses";

/**
 * When an editor may override a verdict or exclude a source. Only while nothing is writing the episode's research or
 * scores and the change still matters: a decision is awaited at a gate (the change informs it), or the run stopped
 * and waits for a retry (NEEDS_ATTENTION: the retry's gates read the editor's verdicts). Not while a run is queued or
 * running (re-assessment would race the pipeline's writes), nor once READY or CANCELLED (the certification stands as
 * decided), nor in DRAFT or PAUSED_BUDGET (the research is not yet done, or a run is mid-way).
 */
const OPEN: readonly EpisodeStatus[] = ["AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL", "NEEDS_ATTENTION"];

const WHY: Partial<Record<EpisodeStatus, string>> = {
  DRAFT: "the episode has not run yet",
  QUEUED: "a run is about to start",
  RUNNING: "the pipeline is running",
  PAUSED_BUDGET: "the run is paused mid-way on its budget",
  READY: "the episode is ready and its certification stands",
  CANCELLED: "the episode is cancelled",
};

/** Null when the fact check may be changed now, else why not (a sentence to show the editor). */
export function researchControlRefusal(status: EpisodeStatus): string | null {
  if (OPEN.includes(status)) return null;
  return `Verdicts and sources can be changed only while the episode awaits a decision or a retry: ${WHY[status] ?? "not now"}.`;
}
