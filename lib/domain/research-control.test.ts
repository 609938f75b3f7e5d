import { describe, expect, it } from "vitest";
import { EPISODE_STATUSES } from "./episode-statuses";
import { researchControlRefusal } from "./research-control";

describe("researchControlRefusal", () => {
  it("allows changes only while a decision or a retry is awaited, and says why not otherwise", () => {
    const open = EPISODE_STATUSES.filter((s) => researchControlRefusal(s) === null);
    expect(open).toEqual(["AWAITING_SCRIPT_APPROVAL", "AWAITING_FINAL_APPROVAL", "NEEDS_ATTENTION"]);
    expect(researchControlRefusal("RUNNING")).toMatch(/awaits a decision or a retry: the pipeline is running\.$/);
    expect(researchControlRefusal("READY")).toMatch(/certification stands/);
  });
});
