import { blockersNotOverridden } from "./final-approval";

/** The latest readiness certification as publishing reads it (null before there is one). */
export interface PublishCertification {
  certified: boolean;
  blockers: readonly string[];
  /** The blockers the final approval's recorded override covered; null when it was approved without one. */
  overriddenBlockers: readonly string[] | null;
}

/** How far ahead an episode may be scheduled: apps and editors both lose track of anything later. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

/**
 * Why this episode may not be published, or null when it may: it must be Ready, and certified, or approved at the final
 * gate with a recorded override that covers every blocker of its latest certification.
 */
export function publishRefusal(episode: { status: string }, certification: PublishCertification | null): string | null {
  if (episode.status !== "READY")
    return `Only a Ready episode can be published; this one is ${episode.status.toLowerCase().replace(/_/g, " ")}.`;
  if (!certification)
    return "This episode has no readiness certification yet: it can be published once the final gate has certified it.";
  if (certification.certified) return null;
  const uncovered =
    certification.overriddenBlockers === null
      ? [...certification.blockers]
      : blockersNotOverridden(certification.blockers, certification.overriddenBlockers);
  if (certification.overriddenBlockers !== null && uncovered.length === 0) return null;
  const what = uncovered.length ? uncovered.join(" ") : "it did not pass its readiness checks.";
  return certification.overriddenBlockers === null
    ? `This episode is not certified and was approved without an override: ${what} Fix these, or approve the final gate with an override reason, before publishing.`
    : `This episode's override does not cover its latest certification: ${what} Approve the final gate again with an override reason that covers them.`;
}

/** What is wrong with a scheduled time, or null: it must be in the future and at most a year ahead. */
export function scheduleProblem(at: Date, now: Date): string | null {
  if (Number.isNaN(at.getTime())) return "Give the date and time to publish at.";
  if (at.getTime() <= now.getTime()) return "Choose a time in the future to schedule publishing, or publish now.";
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) return "Choose a time within a year from now.";
  return null;
}

export type PublicationState =
  | { kind: "not-published" }
  | { kind: "scheduled"; at: Date }
  | { kind: "published"; at: Date }
  | { kind: "unpublished"; at: Date | null };

/** The one status the studio shows for an episode's place in the feed. */
export function publicationState(
  row: {
    status: "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
    scheduledFor: Date | null;
    publishedAt: Date | null;
    unpublishedAt: Date | null;
  } | null,
): PublicationState {
  if (!row) return { kind: "not-published" };
  if (row.status === "SCHEDULED" && row.scheduledFor) return { kind: "scheduled", at: row.scheduledFor };
  if (row.status === "PUBLISHED" && row.publishedAt) return { kind: "published", at: row.publishedAt };
  if (row.status === "UNPUBLISHED") return { kind: "unpublished", at: row.unpublishedAt };
  return { kind: "not-published" };
}
