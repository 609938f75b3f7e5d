import { describe, expect, it } from "vitest";
import {
  applyVerdictOverrides,
  claimControlOf,
  briefWithoutOverruled,
  describeVerdictOverrides,
  effectiveVerdict,
  overrideVerdictSchema,
  type VerdictOverride,
} from "./effective-verdict";

const ID = "c".padEnd(25, "a");

describe("effectiveVerdict", () => {
  it("is the checker's verdict when nobody intervened", () => {
    expect(effectiveVerdict({ checker: "CONTRADICTED", override: null, sourceExcluded: false })).toEqual({
      verdict: "CONTRADICTED",
      cause: "checker",
    });
  });

  it("is the editor's verdict, with the reason, when overridden", () => {
    const v = effectiveVerdict({
      checker: "UNSUPPORTED",
      override: { verdict: "SUPPORTED", reason: "The source says 1969 in its second paragraph." },
      sourceExcluded: false,
    });
    expect(v).toEqual({
      verdict: "SUPPORTED",
      cause: "editor",
      reason: "The source says 1969 in its second paragraph.",
    });
  });

  it("does not count an override that repeats the checker as an override", () => {
    const v = effectiveVerdict({
      checker: "SUPPORTED",
      override: { verdict: "SUPPORTED", reason: "Agreeing with it." },
      sourceExcluded: false,
    });
    expect(v.cause).toBe("checker");
  });

  it("makes a claim whose source is excluded unsupported, even over an editor's supported", () => {
    const v = effectiveVerdict({
      checker: "SUPPORTED",
      override: { verdict: "SUPPORTED", reason: "Checked by hand." },
      sourceExcluded: true,
    });
    expect(v).toEqual({ verdict: "UNSUPPORTED", cause: "source-excluded", reason: "source excluded by an editor" });
  });
});

describe("applyVerdictOverrides", () => {
  const override = (claimIndex: number, verdict: VerdictOverride["verdict"], cause: VerdictOverride["cause"]) => ({
    claimIndex,
    claim: `claim ${claimIndex}`,
    checker: "UNSUPPORTED" as const,
    verdict,
    cause,
    reason: "r",
    by: "Dana",
  });

  it("replaces the verdict of the overridden claims only, by index, not by order", () => {
    const judgements = [
      { claimIndex: 1, verdict: "CONTRADICTED" as const, reason: "a" },
      { claimIndex: 0, verdict: "UNSUPPORTED" as const, reason: "b" },
      { claimIndex: 2, verdict: "SUPPORTED" as const, reason: "c" },
    ];
    const out = applyVerdictOverrides(judgements, [
      override(1, "SUPPORTED", "editor"),
      override(2, "UNSUPPORTED", "source-excluded"),
    ]);
    expect(out.map((j) => [j.claimIndex, j.verdict, j.reason])).toEqual([
      [1, "SUPPORTED", "a"],
      [0, "UNSUPPORTED", "b"],
      [2, "UNSUPPORTED", "c"],
    ]);
    expect(judgements[0]!.verdict).toBe("CONTRADICTED");
  });

  it("is described in words the certification can show", () => {
    expect(
      describeVerdictOverrides([
        override(0, "SUPPORTED", "editor"),
        override(1, "SUPPORTED", "editor"),
        override(2, "UNSUPPORTED", "source-excluded"),
      ]),
    ).toEqual(["2 verdicts overridden by an editor", "1 claim unsupported: source excluded by an editor"]);
    expect(describeVerdictOverrides([])).toEqual([]);
  });
});

describe("overrideVerdictSchema", () => {
  const base = { episodeId: ID, claimId: ID, verdict: "SUPPORTED" };

  it("needs a reason of 10 to 1,000 characters", () => {
    expect(overrideVerdictSchema.safeParse({ ...base, reason: "too short" }).success).toBe(false);
    expect(overrideVerdictSchema.safeParse({ ...base, reason: "x".repeat(1001) }).success).toBe(false);
    expect(overrideVerdictSchema.safeParse({ ...base, reason: "  The source says so.  " }).data?.reason).toBe(
      "The source says so.",
    );
  });

  it("refuses PENDING and ids that are not ids", () => {
    expect(overrideVerdictSchema.safeParse({ ...base, verdict: "PENDING", reason: "A fine reason." }).success).toBe(
      false,
    );
    expect(overrideVerdictSchema.safeParse({ ...base, claimId: "1; drop", reason: "A fine reason." }).success).toBe(
      false,
    );
  });
});

describe("briefWithoutOverruled", () => {
  const brief = {
    keyPoints: [
      { text: "one", claimIndexes: [0], sourceIds: ["a"] },
      { text: "two", claimIndexes: [1, 2], sourceIds: ["a", "b"] },
      { text: "three", claimIndexes: [3], sourceIds: ["b"] },
    ],
    openQuestions: [],
    uncertainty: [],
  };
  const o = (claimIndex: number, verdict: VerdictOverride["verdict"], cause: VerdictOverride["cause"] = "editor") => ({
    claimIndex,
    claim: "c",
    checker: "SUPPORTED" as const,
    verdict,
    cause,
    reason: "r",
    by: null,
  });

  it("drops a key point only when every claim under it was overruled", () => {
    const out = briefWithoutOverruled(brief, [
      o(0, "CONTRADICTED"),
      o(1, "UNSUPPORTED", "source-excluded"),
      o(3, "SUPPORTED"),
    ]);
    expect(out.keyPoints.map((k) => k.text)).toEqual(["two", "three"]);
    expect(
      briefWithoutOverruled(brief, [o(1, "UNSUPPORTED"), o(2, "CONTRADICTED")]).keyPoints.map((k) => k.text),
    ).toEqual(["one", "three"]);
    expect(briefWithoutOverruled(brief, [])).toBe(brief);
  });
});

describe("claimControlOf", () => {
  it("reads a stored claim's override, treating a PENDING or absent one as none", () => {
    const stored = {
      verdict: "UNSUPPORTED" as const,
      overrideVerdict: "SUPPORTED" as const,
      overrideReason: "It says so.",
    };
    expect(claimControlOf(stored, false)).toEqual({
      checker: "UNSUPPORTED",
      override: { verdict: "SUPPORTED", reason: "It says so." },
      sourceExcluded: false,
    });
    expect(claimControlOf({ ...stored, overrideVerdict: "PENDING" }, true).override).toBeNull();
    expect(claimControlOf({ ...stored, overrideVerdict: null, overrideReason: null }, true)).toEqual({
      checker: "UNSUPPORTED",
      override: null,
      sourceExcluded: true,
    });
  });
});
