import { describe, expect, it } from "vitest";
import { approvalOverride, blockersNotOverridden, OverrideRequiredError } from "./final-approval";

const blockers = ["Research accuracy scored 4.0, below its threshold 7.0."];
const reason = "The two unsupported claims are the host's opinion, said as such on air.";

describe("approvalOverride", () => {
  it("refuses to approve a failing certification without an override, naming the blockers", () => {
    const attempt = () => approvalOverride({ kind: "FINAL", decision: "APPROVED", blockers });
    expect(attempt).toThrow(OverrideRequiredError);
    expect(attempt).toThrow(/^Certification fails: Research accuracy scored 4\.0, below its threshold 7\.0\. /);
    try {
      attempt();
    } catch (e) {
      expect((e as OverrideRequiredError).status).toBe(422);
    }
  });

  it("lets an override with a reason approve it, returning what is overridden to be recorded", () => {
    expect(approvalOverride({ kind: "FINAL", decision: "APPROVED", blockers, override: { reason } })).toEqual({
      reason,
      blockers,
    });
  });

  it("needs no override when the certification passes, and records none sent", () => {
    expect(approvalOverride({ kind: "FINAL", decision: "APPROVED", blockers: [] })).toBeNull();
    expect(approvalOverride({ kind: "FINAL", decision: "APPROVED", blockers: [], override: { reason } })).toBeNull();
  });

  it("overrides nothing on a rejection or a script gate", () => {
    expect(approvalOverride({ kind: "FINAL", decision: "REJECTED", blockers })).toBeNull();
    expect(approvalOverride({ kind: "SCRIPT", decision: "APPROVED", blockers })).toBeNull();
  });
});

describe("blockersNotOverridden", () => {
  it("names the blockers the recorded override was not made over", () => {
    expect(blockersNotOverridden(["A fails."], ["A fails.", "B fails."])).toEqual([]);
    expect(blockersNotOverridden(["A fails.", "C fails."], ["A fails."])).toEqual(["C fails."]);
  });
});
