import { describe, expect, it } from "vitest";
import { statusBadge } from "./episode-status";

describe("statusBadge", () => {
  it("is green only for a certified ready episode", () => {
    expect(statusBadge("READY", { certified: true, overrideReason: null })).toEqual({
      label: "Ready",
      tone: "success",
    });
  });

  it("says the certification was overridden, in amber, when an editor approved over its blockers", () => {
    expect(statusBadge("READY", { certified: false, overrideReason: "Opinion, said as such." })).toEqual({
      label: "Ready · certification overridden",
      tone: "warning",
    });
  });

  it("says not certified, in amber, when a ready episode's certification failed without an override", () => {
    expect(statusBadge("READY", { certified: false, overrideReason: null })).toEqual({
      label: "Ready · not certified",
      tone: "warning",
    });
  });

  it("leaves other statuses as they are", () => {
    expect(statusBadge("AWAITING_FINAL_APPROVAL", null)).toEqual({ label: "Final review", tone: "warning" });
    expect(statusBadge("RUNNING", { certified: false, overrideReason: null })).toEqual({
      label: "Running",
      tone: "info",
    });
  });
});
