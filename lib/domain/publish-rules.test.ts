import { describe, expect, it } from "vitest";
import { MAX_SCHEDULE_AHEAD_MS, publicationState, publishRefusal, scheduleProblem } from "./publish-rules";

const ready = { status: "READY" };

describe("publishRefusal", () => {
  it("lets a certified Ready episode out", () => {
    expect(publishRefusal(ready, { certified: true, blockers: [], overriddenBlockers: null })).toBeNull();
  });

  it("refuses an episode that is not Ready, naming its state", () => {
    expect(
      publishRefusal(
        { status: "AWAITING_FINAL_APPROVAL" },
        { certified: true, blockers: [], overriddenBlockers: null },
      ),
    ).toBe("Only a Ready episode can be published; this one is awaiting final approval.");
  });

  it("refuses an episode without a certification", () => {
    expect(publishRefusal(ready, null)).toMatch(/no readiness certification yet/);
  });

  it("refuses an uncertified episode approved without an override, listing its blockers", () => {
    expect(
      publishRefusal(ready, { certified: false, blockers: ["Loudness is -30 LUFS."], overriddenBlockers: null }),
    ).toBe(
      "This episode is not certified and was approved without an override: Loudness is -30 LUFS. Fix these, or approve " +
        "the final gate with an override reason, before publishing.",
    );
  });

  it("lets an override out only when it covers every blocker of the latest certification", () => {
    const blockers = ["Loudness is -30 LUFS.", "2 claims are unsupported."];
    expect(publishRefusal(ready, { certified: false, blockers, overriddenBlockers: blockers })).toBeNull();
    expect(publishRefusal(ready, { certified: false, blockers, overriddenBlockers: [blockers[0]!] })).toBe(
      "This episode's override does not cover its latest certification: 2 claims are unsupported. Approve the final " +
        "gate again with an override reason that covers them.",
    );
  });
});

describe("scheduleProblem", () => {
  const now = new Date("2027-01-01T12:00:00Z");
  it("takes a time in the coming year", () => {
    expect(scheduleProblem(new Date("2027-01-01T12:01:00Z"), now)).toBeNull();
    expect(scheduleProblem(new Date(now.getTime() + MAX_SCHEDULE_AHEAD_MS), now)).toBeNull();
  });
  it("refuses the past, now, beyond a year and no date", () => {
    expect(scheduleProblem(now, now)).toMatch(/in the future/);
    expect(scheduleProblem(new Date("2026-12-31T00:00:00Z"), now)).toMatch(/in the future/);
    expect(scheduleProblem(new Date(now.getTime() + MAX_SCHEDULE_AHEAD_MS + 1), now)).toMatch(/within a year/);
    expect(scheduleProblem(new Date("not a date"), now)).toMatch(/date and time/);
  });
});

describe("publicationState", () => {
  const at = new Date("2027-01-01T12:00:00Z");
  const row = { scheduledFor: null, publishedAt: null, unpublishedAt: null };
  it("reads each status", () => {
    expect(publicationState(null)).toEqual({ kind: "not-published" });
    expect(publicationState({ ...row, status: "SCHEDULED", scheduledFor: at })).toEqual({ kind: "scheduled", at });
    expect(publicationState({ ...row, status: "PUBLISHED", publishedAt: at })).toEqual({ kind: "published", at });
    expect(publicationState({ ...row, status: "UNPUBLISHED", unpublishedAt: at })).toEqual({ kind: "unpublished", at });
  });
});
