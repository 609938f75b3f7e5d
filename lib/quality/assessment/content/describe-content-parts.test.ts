import { describe, expect, it } from "vitest";
import { describeContentParts } from "./describe-content-parts";

// Inputs as `scoreContentEngagement` stores them with the dimension.
const INPUTS = {
  coverage: 0.8,
  density: 0.73,
  redundancy: 1,
  filler: 0.55,
  copying: 1,
  variety: 1,
  conversation: 0.94,
  keyPoints: 10,
  keyPointsSpoken: 8,
  groundedWordsPerMinute: 14.7,
  lines: 24,
  nearDuplicates: 0,
  echoTurns: 0,
  fillerLines: 11,
  copiedLines: 1,
  substantiveLines: 17,
  templatedLines: 0,
  turnsPerMinute: 7.34,
  questionsPerMinute: 5.43,
};

describe("describeContentParts", () => {
  it("gives each part its value, what was counted and its formula", () => {
    const parts = describeContentParts(INPUTS);
    expect(parts.map((p) => p.key)).toEqual([
      "coverage",
      "density",
      "redundancy",
      "filler",
      "copying",
      "variety",
      "conversation",
    ]);
    expect(parts.find((p) => p.key === "coverage")).toMatchObject({ value: 0.8, counted: "8 of 10 key points spoken" });
    expect(parts.find((p) => p.key === "filler")).toMatchObject({
      value: 0.55,
      floor: 0.7,
      counted: "11 of 24 lines carry nothing from the sources or the brief",
    });
    expect(parts.find((p) => p.key === "copying")!.formula).toMatch(/copied lines/);
    // Density and the conversation's shape only weigh; they carry no penalty floor.
    expect(parts.find((p) => p.key === "density")!.floor).toBeNull();
    expect(parts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1);
  });

  it("is empty for an assessment stored before content was measured by substance", () => {
    expect(describeContentParts({ turnsPerMinute: 7, questionsPerMinute: 2, durationFit: 0.9 })).toEqual([]);
  });
});
