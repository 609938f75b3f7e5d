import { describe, expect, it } from "vitest";
import { checkAudio } from "./check-audio";
import type { AudioMeasurements } from "./measurements";

const good: AudioMeasurements = {
  integratedLufs: -16.2,
  truePeakDbtp: -1.5,
  clippedRuns: 0,
  longestSilenceSec: 0.9,
  durationSec: 610,
  wer: 0.06,
  segments: [
    { id: "intro", durationSec: 60, integratedLufs: -16.5 },
    { id: "body", durationSec: 550, integratedLufs: -15.9 },
  ],
};
const plan = { plannedDurationSec: 600 };
const check = (r: ReturnType<typeof checkAudio>, key: string) => r.checks.find((c) => c.key === key)!;

describe("checkAudio", () => {
  it("passes good measurements on every check", () => {
    const r = checkAudio(good, plan);
    expect(r.passed).toBe(true);
    expect(r.notRun).toEqual([]);
    expect(r.checks.map((c) => c.passed)).toEqual(Array(7).fill(true));
  });

  it.each([
    ["loudness", { integratedLufs: -20 }, /too quiet/],
    ["true-peak", { truePeakDbtp: -0.2 }, /above -1.0 dBTP/],
    ["clipping", { clippedRuns: 3 }, /3 clipped/],
    ["dead-air", { longestSilenceSec: 5 }, /5.0 s silence/],
    ["duration", { durationSec: 840 }, /\+40%/],
    ["wer", { wer: 0.4 }, /40%/],
  ] as const)("fails %s", (key, patch, detail) => {
    const r = checkAudio({ ...good, ...patch }, plan);
    expect(r.passed).toBe(false);
    expect(check(r, key).passed).toBe(false);
    expect(check(r, key).detail).toMatch(detail);
    expect(r.checks.filter((c) => c.passed === false)).toHaveLength(1);
  });

  it("flags silent and empty segments by id", () => {
    const r = checkAudio(
      {
        ...good,
        segments: [
          ...good.segments!,
          { id: "gap", durationSec: 4, integratedLufs: null },
          { id: "stub", durationSec: 0.1, integratedLufs: -16 },
        ],
      },
      plan,
    );
    expect(check(r, "silent-segments")).toMatchObject({ passed: false, measured: 2 });
    expect(check(r, "silent-segments").detail).toContain("gap, stub");
  });

  it("lists a missing transcript as not run without counting it as passed", () => {
    const r = checkAudio({ ...good, wer: null }, plan);
    expect(check(r, "wer").passed).toBeNull();
    expect(r.notRun).toEqual(["wer"]);
    expect(r.passed).toBe(true);
  });

  it("does not pass when nothing was measured", () => {
    const none = {
      integratedLufs: null,
      truePeakDbtp: null,
      clippedRuns: null,
      longestSilenceSec: null,
      durationSec: null,
      wer: null,
      segments: null,
    };
    expect(checkAudio(none, plan).passed).toBe(false);
  });

  it("honours overridden thresholds", () => {
    expect(check(checkAudio({ ...good, longestSilenceSec: 2.5 }, plan, { maxDeadAirSec: 3 }), "dead-air").passed).toBe(
      true,
    );
    expect(check(checkAudio({ ...good, wer: 0.1 }, plan, { maxWer: 0.05 }), "wer").passed).toBe(false);
  });
});
