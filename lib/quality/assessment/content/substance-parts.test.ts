import { describe, expect, it } from "vitest";
import type { SubstanceMeasurements } from "./measure-substance";
import { substanceParts } from "./substance-parts";

const script = (lines: number, fillerLines: number): SubstanceMeasurements => ({
  lines,
  keyPoints: 3,
  keyPointsSpoken: 3,
  groundedWords: 40,
  spokenMinutes: 1,
  nearDuplicates: 0,
  echoTurns: 0,
  fillerLines,
  substantiveLines: lines - fillerLines,
  copiedLines: 0,
  templatedLines: 0,
});

describe("substanceParts: filler", () => {
  it("allows a short script its greeting and sign-off on top of a fifth of its lines", () => {
    // Ten lines, four of them stock: a greeting, a sign-off and two more (a fifth).
    expect(substanceParts(script(10, 4)).filler).toBe(1);
    // A fifth more past the allowance costs more than half the part.
    expect(substanceParts(script(10, 6)).filler).toBeCloseTo(1 - 0.2 / 0.35);
  });

  it("still gives nothing to a script that is filler throughout", () => {
    expect(substanceParts(script(10, 10)).filler).toBe(0);
    expect(substanceParts(script(40, 40)).filler).toBe(0);
  });
});
