import type { EpisodeStatus } from "./episode-statuses";
import { canTransition } from "./episode-transitions";

export const STATUS_LABELS: Record<EpisodeStatus, string> = {
  DRAFT: "Draft",
  QUEUED: "Queued",
  RUNNING: "Running",
  AWAITING_SCRIPT_APPROVAL: "Script review",
  AWAITING_FINAL_APPROVAL: "Final review",
  PAUSED_BUDGET: "Paused: budget",
  NEEDS_ATTENTION: "Needs attention",
  READY: "Ready",
  CANCELLED: "Cancelled",
};

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger";

export const STATUS_TONES: Record<EpisodeStatus, StatusTone> = {
  DRAFT: "neutral",
  QUEUED: "neutral",
  RUNNING: "info",
  AWAITING_SCRIPT_APPROVAL: "warning",
  AWAITING_FINAL_APPROVAL: "warning",
  PAUSED_BUDGET: "danger",
  NEEDS_ATTENTION: "danger",
  READY: "success",
  CANCELLED: "neutral",
};

/** Statuses in which a pipeline run is alive (running, or waiting for a person). */
export const ACTIVE_STATUSES: EpisodeStatus[] = [
  "QUEUED",
  "RUNNING",
  "AWAITING_SCRIPT_APPROVAL",
  "AWAITING_FINAL_APPROVAL",
  "PAUSED_BUDGET",
];

export function canCancel(status: EpisodeStatus): boolean {
  return canTransition(status, "cancel");
}

export function canRetry(status: EpisodeStatus): boolean {
  return canTransition(status, "retry");
}

/** What the episode's latest certification says, for its status badge; null before one is made. */
export interface CertificationState {
  certified: boolean;
  overrideReason: string | null;
}

/**
 * The status badge: a ready episode is only green when it is certified. Ready but not certified (an editor approved
 * it over the blockers, or the certification failed after approval) is amber and says so.
 */
export function statusBadge(
  status: EpisodeStatus,
  certification: CertificationState | null,
): { label: string; tone: StatusTone } {
  if (status !== "READY" || !certification || certification.certified)
    return { label: STATUS_LABELS[status], tone: STATUS_TONES[status] };
  return {
    label: `${STATUS_LABELS.READY} · ${certification.overrideReason !== null ? "certification overridden" : "not certified"}`,
    tone: "warning",
  };
}
