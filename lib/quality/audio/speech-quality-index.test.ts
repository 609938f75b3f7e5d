import { describe, expect, it } from "vitest";
import type { AudioMeasurements } from "./measurements";
import { SQI_NAME, speechQualityIndex } from "./speech-quality-index";

const clean: AudioMeasurements = {
  integratedLufs: -16,
  truePeakDbtp: -1.5,
  clippedRuns: 0,
  longestSilenceSec: 0.8,
  durationSec: 600,
  wer: 0,
  segments: null,
};

describe("speechQualityIndex", () => {
  it("is a named SQI, not a MOS, and 5 for clean measurements", () => {
    const sqi = speechQualityIndex(clean);
    expect(sqi.name).toBe(SQI_NAME);
    expect(sqi.name).not.toMatch(/MOS/);
    expect(sqi.value).toBe(5);
  });

  it("applies the stated formula", () => {
    // L = 0.3×2 = 0.6, P = 0.5×0.5 = 0.25, C = 0.2, D = 0.25×1 = 0.25, W = 4×0.1 = 0.4 → 5 − 1.7
    const sqi = speechQualityIndex({
      ...clean,
      integratedLufs: -18,
      truePeakDbtp: -0.5,
      clippedRuns: 2,
      longestSilenceSec: 2,
      wer: 0.1,
    });
    expect(sqi.value).toBe(3.3);
  });

  it.each([
    ["loudness", (i: number) => ({ integratedLufs: -16 - i })],
    ["true peak", (i: number) => ({ truePeakDbtp: -1 + i * 0.4 })],
    ["clipping", (i: number) => ({ clippedRuns: i * 2 })],
    ["dead air", (i: number) => ({ longestSilenceSec: 0.8 + i })],
    ["WER", (i: number) => ({ wer: i * 0.05 })],
  ])("decreases monotonically as %s worsens", (_, worsen) => {
    const values = [0, 1, 2, 3, 4].map((i) => speechQualityIndex({ ...clean, ...worsen(i) }).value!);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
  });

  it("decreases monotonically as every measurement worsens together, floored at 1", () => {
    const values = [0, 1, 2, 3, 6].map(
      (i) =>
        speechQualityIndex({
          ...clean,
          integratedLufs: -16 - i,
          truePeakDbtp: -1.5 + i * 0.3,
          clippedRuns: i,
          longestSilenceSec: 0.8 + i,
          wer: i * 0.05,
        }).value!,
    );
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    expect(values[1]).toBeLessThan(values[0]!);
    expect(values.at(-1)).toBe(1);
  });

  it("is not computed without the core measurements, and omits WER when no transcriber ran", () => {
    expect(speechQualityIndex({ ...clean, integratedLufs: null }).value).toBeNull();
    expect(speechQualityIndex({ ...clean, wer: null })).toMatchObject({ value: 5, penalties: { wer: null } });
  });
});
