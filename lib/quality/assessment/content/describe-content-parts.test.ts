import { describe, expect, it } from "vitest";
import { CONTENT_FORMULA } from "../content-engagement";
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
  frameFillerLines: 2,
  copiedLines: 1,
  substantiveLines: 17,
  templatedLines: 0,
  turnsPerMinute: 7.34,
  questionsPerMinute: 5.43,
};

describe("describeContentParts", () => {
  it("gives each part its value, what was counted and its formula", () => {
    const parts = describeContentParts(INPUTS, CONTENT_FORMULA);
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
      counted:
        "11 of 24 lines carry nothing from the sources or the brief (2 of them the opening or closing line, allowed)",
    });
    expect(parts.find((p) => p.key === "copying")!.formula).toMatch(/^1 − max\(0, copied lines .+ \/ 0\.4$/);
    expect(parts.find((p) => p.key === "conversation")!.formula).toMatch(
      /^\(fit \+ interaction \+ balance\) \/ 3, fit/,
    );
    // Density and the conversation's shape only weigh; they carry no penalty floor.
    expect(parts.find((p) => p.key === "density")!.floor).toBeNull();
    expect(parts.reduce((sum, p) => sum + p.weight, 0)).toBeCloseTo(1);
  });

  it("is empty for an assessment stored before content was measured by substance", () => {
    expect(describeContentParts({ turnsPerMinute: 7, questionsPerMinute: 2, durationFit: 0.9 }, "")).toEqual([]);
  });

  it("shows the formula stored with an older assessment, not today's", () => {
    const older = CONTENT_FORMULA.replace(/filler = [^;]+/, "filler = 1 − max(0, filler lines / lines − 0.2) / 0.35");
    const filler = describeContentParts(INPUTS, older).find((p) => p.key === "filler")!;
    expect(filler.formula).toBe("1 − max(0, filler lines / lines − 0.2) / 0.35");
  });
});
