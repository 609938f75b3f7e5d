/**
 * An episode's statuses, as the database's EpisodeStatus enum spells them (episode-statuses.test.ts holds the two
 * equal), so the domain needs no import of the generated Prisma client.
 */
export const EPISODE_STATUSES = [
  "DRAFT",
  "QUEUED",
  "RUNNING",
  "AWAITING_SCRIPT_APPROVAL",
  "AWAITING_FINAL_APPROVAL",
  "PAUSED_BUDGET",
  "NEEDS_ATTENTION",
  "READY",
  "CANCELLED",
] as const;

export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];
