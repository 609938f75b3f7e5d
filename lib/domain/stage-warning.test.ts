import { describe, expect, it } from "vitest";
import { stageWarning } from "./stage-warning";

describe("stageWarning", () => {
  it("says why a check that ran did not pass", () => {
    const detail = "Research accuracy scored 4.0, below its threshold 7.0.";
    expect(stageWarning({ score: 8, passed: false, detail, certification: {} })).toBe(detail);
  });

  it("is null for a passed check, an output that is not a check, or none", () => {
    expect(stageWarning({ score: 10, passed: true, detail: "Ready for the final gate." })).toBeNull();
    expect(stageWarning({ scriptVersionId: "x" })).toBeNull();
    expect(stageWarning(null)).toBeNull();
  });
});
