import { describe, expect, it } from "vitest";
import { fitToPlan, MAX_TEMPO, MIN_LINE_PAUSE_S } from "./fit-to-plan";

const lines = (n: number, seconds: number) => Array.from({ length: n }, () => seconds);

describe("fitToPlan", () => {
  it("leaves an episode within 5% of its plan, or short of it, as spoken", () => {
    expect(fitToPlan(lines(10, 5.5), lines(10, 0.35), 60)).toEqual({
      pauses: lines(10, 0.35),
      tempo: 1,
      seconds: 58.5,
    });
    expect(fitToPlan(lines(10, 3), lines(10, 0.35), 60).tempo).toBe(1);
  });

  it("tightens the pauses first, down to their floors", () => {
    const fit = fitToPlan(lines(10, 6), lines(10, 0.45), 60); // 64.5 s against a goal of 63 s
    expect(fit.tempo).toBe(1);
    expect(fit.seconds).toBeCloseTo(63, 6);
    expect(fit.pauses.every((p) => p < 0.45 && p >= MIN_LINE_PAUSE_S)).toBe(true);
  });

  it("then speeds up the whole mix, never past the maximum tempo", () => {
    const fit = fitToPlan(lines(40, 1.6), lines(40, 0.35), 60); // 64 s of speech alone
    expect(fit.pauses.every((p) => p === MIN_LINE_PAUSE_S)).toBe(true);
    expect(fit.tempo).toBeGreaterThan(1);
    expect(fit.seconds).toBeCloseTo(63, 6);
    expect(fitToPlan(lines(10, 12), lines(10, 0.35), 60).tempo).toBe(MAX_TEMPO);
  });
});
