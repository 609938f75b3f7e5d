import { describe, expect, it } from "vitest";
import { measurementRows, type ValidatorCheck } from "./measurement-rows";

const asset = { integratedLufs: -16.2, truePeakDb: -1.8, loudnessRange: 3.1, wer: 0.032, durationSec: 65.4 };
const check = (key: string, measured: number | null, passed: boolean | null): ValidatorCheck => ({
  key,
  label: key,
  measured,
  threshold: `t(${key})`,
  passed,
  detail: `d(${key})`,
});

describe("measurementRows", () => {
  it("shows each validator check beside its threshold with its verdict, and LRA as reported", () => {
    const rows = measurementRows(asset, [
      check("loudness", -16.24, true),
      check("true-peak", -0.4, false),
      check("clipping", 0, true),
      check("dead-air", 0.9, true),
      check("duration", 65.4, true),
      check("wer", null, null),
      check("silent-segments", 0, true),
    ]);
    expect(rows.map((r) => [r.key, r.measured, r.threshold, r.status])).toEqual([
      ["loudness", "-16.2 LUFS", "t(loudness)", "pass"],
      ["true-peak", "-0.4 dBTP", "t(true-peak)", "fail"],
      ["lra", "3.1 LU", "Reported, not checked", "info"],
      ["wer", "—", "t(wer)", "not-run"],
      ["dead-air", "0.9 s", "t(dead-air)", "pass"],
      ["duration", "1:05 (65 s)", "t(duration)", "pass"],
      ["clipping", "0 runs", "t(clipping)", "pass"],
      ["silent-segments", "0", "t(silent-segments)", "pass"],
    ]);
    expect(rows[1]!.detail).toBe("d(true-peak)");
  });

  it("shows the stored measurements as not run before the validator has judged the audio", () => {
    const rows = measurementRows(asset, null);
    expect(rows.find((r) => r.key === "loudness")).toMatchObject({
      measured: "-16.2 LUFS",
      status: "not-run",
      threshold: "—",
    });
    expect(rows.find((r) => r.key === "wer")).toMatchObject({ measured: "3.2%", status: "not-run" });
    expect(rows.every((r) => r.status === "not-run" || r.key === "lra")).toBe(true);
  });
});
