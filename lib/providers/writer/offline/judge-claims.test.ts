import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Passage } from "@/lib/domain/research";
import { judgeClaims } from "./judge-claims";

const base = {
  topic: "Sleep and memory",
  tier: "standard" as const,
  show: {
    name: "Test",
    tone: "warm",
    audience: "curious",
    requiredPhrases: [],
    bannedPhrases: [],
    humilityMarkers: [],
    hosts: [{ name: "Ada", persona: "host" }],
  },
};
const passage = (sourceId: string, text: string): Passage => ({ sourceId, text, start: 0 });
const NEED =
  "Most adults need between seven and nine hours of sleep a night, according to several national health bodies.";

function judge(claim: string, passages: Passage[]) {
  const input = { ...base, claims: [{ text: claim, sourceId: passages[0]!.sourceId, quote: claim }], passages };
  return judgeClaims(input).judgements[0]!;
}

describe("judgeClaims compares quantities as quantities", () => {
  it("does not take hours needed against hours slept by a group as a contradiction (issue 14)", () => {
    const j = judge(NEED, [
      passage("need", NEED),
      passage("loss", "Adults who sleep less than six hours a night for two weeks perform badly on attention tests."),
    ]);
    expect(j.verdict).toBe("SUPPORTED");
  });

  it("finds no contradiction between the two bench sources' sleep-duration sentences", () => {
    const passages = ["01-sleep-and-memory-consolidation.md", "02-sleep-loss-naps-and-learning.md"].map((f) =>
      passage(f, readFileSync(`bench/sources/${f}`, "utf8")),
    );
    expect(judge(NEED, passages).verdict).toBe("SUPPORTED");
  });

  it("still finds a changed figure of the same quantity", () => {
    const claim = "A 20-minute afternoon nap improved recall of word pairs by 12 percent.";
    const j = judge(claim, [
      passage("a", claim),
      passage("b", "In a larger trial, a 20-minute afternoon nap improved recall of word pairs by 40 percent."),
    ]);
    expect(j.verdict).toBe("CONTRADICTED");
    expect(j.reason).toContain("40 percent");
    expect(j.evidence.find((e) => e.stance === "contradicts")?.sourceId).toBe("b");
  });

  it("takes a range and a figure inside it as agreeing", () => {
    const j = judge(NEED, [passage("a", NEED), passage("b", "Most adults need about eight hours of sleep a night.")]);
    expect(j.verdict).toBe("SUPPORTED");
  });
});
