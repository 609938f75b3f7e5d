import { describe, expect, it } from "vitest";
import type { SubstanceMeasurements } from "./measure-substance";
import { substanceParts } from "./substance-parts";

const script = (lines: number, fillerLines: number, frameFillerLines: number): SubstanceMeasurements => ({
  lines,
  keyPoints: 3,
  keyPointsSpoken: 3,
  groundedWords: 40,
  spokenMinutes: 1,
  nearDuplicates: 0,
  echoTurns: 0,
  fillerLines,
  frameFillerLines,
  substantiveLines: lines - fillerLines,
  copiedLines: 0,
  templatedLines: 0,
});

describe("substanceParts: filler", () => {
  it("allows a short script its greeting and sign-off on top of a fifth of its lines", () => {
    // Ten lines, four of them stock: the opening, the closing and two more (a fifth).
    expect(substanceParts(script(10, 4, 2)).filler).toBe(1);
    // The same four stock lines in the middle of the script are filler beyond the fifth.
    expect(substanceParts(script(10, 4, 0)).filler).toBeCloseTo(1 - 0.2 / 0.35);
  });

  it("still gives nothing to a script that is filler throughout", () => {
    expect(substanceParts(script(10, 10, 2)).filler).toBe(0);
    expect(substanceParts(script(40, 40, 2)).filler).toBe(0);
  });
});
