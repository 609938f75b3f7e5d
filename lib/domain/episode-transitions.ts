import type { EpisodeStatus } from "./episode-statuses";

/**
 * Every change of an episode's status, by the event that causes it: the statuses it may start from and the one it
 * ends in. Nothing else writes Episode.status (lib/episodes/transition-episode.ts applies these). READY and
 * CANCELLED are final; a step that repeats (an engine retry) may re-enter the status it already set.
 */
export const EPISODE_TRANSITIONS = {
  /** A new episode is queued for its first run (the row is created in this status). */
  create: { from: [], to: "QUEUED" },
  /** The pipeline run starts; an episode in "needs attention" because its request seemed lost may still start. */
  start: { from: ["QUEUED", "RUNNING", "NEEDS_ATTENTION"], to: "RUNNING" },
  awaitScriptApproval: { from: ["RUNNING", "AWAITING_SCRIPT_APPROVAL"], to: "AWAITING_SCRIPT_APPROVAL" },
  awaitFinalApproval: { from: ["RUNNING", "AWAITING_FINAL_APPROVAL"], to: "AWAITING_FINAL_APPROVAL" },
  pauseForBudget: { from: ["RUNNING", "PAUSED_BUDGET"], to: "PAUSED_BUDGET" },
  /** A gate was decided or a budget pause resumed: the run goes on. */
  resume: { from: ["RUNNING", "AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL", "PAUSED_BUDGET"], to: "RUNNING" },
  complete: { from: ["RUNNING"], to: "READY" },
  /** The run stopped and needs a person (a failure, a closed gate, an unreachable engine). */
  needAttention: {
    from: [
      "QUEUED",
      "RUNNING",
      "AWAITING_SCRIPT_APPROVAL",
      "AWAITING_FINAL_APPROVAL",
      "PAUSED_BUDGET",
      "NEEDS_ATTENTION",
    ],
    to: "NEEDS_ATTENTION",
  },
  retry: { from: ["NEEDS_ATTENTION"], to: "QUEUED" },
  cancel: {
    from: [
      "QUEUED",
      "RUNNING",
      "AWAITING_SCRIPT_APPROVAL",
      "AWAITING_FINAL_APPROVAL",
      "PAUSED_BUDGET",
      "NEEDS_ATTENTION",
    ],
    to: "CANCELLED",
  },
} as const satisfies Record<string, { from: readonly EpisodeStatus[]; to: EpisodeStatus }>;

export type EpisodeTransition = keyof typeof EPISODE_TRANSITIONS;

/** The statuses an episode may leave by this transition. */
export function transitionSources(transition: EpisodeTransition): readonly EpisodeStatus[] {
  return EPISODE_TRANSITIONS[transition].from;
}

export function canTransition(from: EpisodeStatus, transition: EpisodeTransition): boolean {
  return transitionSources(transition).includes(from);
}

/** Every status reachable from this one in one step. */
export function nextStatuses(from: EpisodeStatus): EpisodeStatus[] {
  const to = Object.values(EPISODE_TRANSITIONS)
    .filter((t) => (t.from as readonly EpisodeStatus[]).includes(from))
    .map((t) => t.to);
  return [...new Set(to)];
}
