import { describe, expect, it } from "vitest";
import { EPISODE_STATUSES, type EpisodeStatus } from "./episode-statuses";
import { canCancel, canRetry } from "./episode-status";
import { EPISODE_TRANSITIONS, canTransition, nextStatuses, type EpisodeTransition } from "./episode-transitions";

const ALL = [...EPISODE_STATUSES];

// The whole table, status by status: what each one may become. A change here changes what the studio allows.
const EXPECTED: Record<EpisodeStatus, EpisodeStatus[]> = {
  DRAFT: [],
  QUEUED: ["RUNNING", "NEEDS_ATTENTION", "CANCELLED"],
  RUNNING: [
    "RUNNING",
    "AWAITING_SCRIPT_APPROVAL",
    "AWAITING_FINAL_APPROVAL",
    "PAUSED_BUDGET",
    "READY",
    "NEEDS_ATTENTION",
    "CANCELLED",
  ],
  AWAITING_SCRIPT_APPROVAL: ["AWAITING_SCRIPT_APPROVAL", "RUNNING", "NEEDS_ATTENTION", "CANCELLED"],
  AWAITING_FINAL_APPROVAL: ["AWAITING_FINAL_APPROVAL", "RUNNING", "NEEDS_ATTENTION", "CANCELLED"],
  PAUSED_BUDGET: ["PAUSED_BUDGET", "RUNNING", "NEEDS_ATTENTION", "CANCELLED"],
  NEEDS_ATTENTION: ["RUNNING", "NEEDS_ATTENTION", "QUEUED", "CANCELLED"],
  READY: [],
  CANCELLED: [],
};

describe("episode transitions", () => {
  it.each(ALL)("%s moves only to the statuses the table allows", (from) => {
    expect(new Set(nextStatuses(from))).toEqual(new Set(EXPECTED[from]));
  });

  it("names only real statuses", () => {
    for (const { from, to } of Object.values(EPISODE_TRANSITIONS)) {
      expect(ALL).toContain(to);
      for (const s of from) expect(ALL).toContain(s);
    }
  });

  it("never leaves a finished or cancelled episode, and nothing returns to a draft", () => {
    for (const t of Object.keys(EPISODE_TRANSITIONS) as EpisodeTransition[]) {
      expect(canTransition("READY", t)).toBe(false);
      expect(canTransition("CANCELLED", t)).toBe(false);
      expect(EPISODE_TRANSITIONS[t].to).not.toBe("DRAFT");
    }
  });

  it("a new episode starts queued, from no status", () => {
    expect(EPISODE_TRANSITIONS.create).toEqual({ from: [], to: "QUEUED" });
  });

  it.each(ALL)("%s: cancel and retry are offered exactly where the table allows them", (status) => {
    expect(canCancel(status)).toBe(!["DRAFT", "READY", "CANCELLED"].includes(status));
    expect(canRetry(status)).toBe(status === "NEEDS_ATTENTION");
  });
});
