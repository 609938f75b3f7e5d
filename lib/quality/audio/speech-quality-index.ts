// Speech Quality Index (SQI): a 1-5 index computed from our own measurements. It is not a MOS: a MOS is only
// reported when a MOS model is configured, because a formula over meters cannot stand in for listeners.

import type { AudioMeasurements } from "./measurements";
import { DEFAULT_AUDIO_THRESHOLDS } from "./thresholds";

export const SQI_NAME = "Speech Quality Index (SQI)";

export const SQI_FORMULA =
  "SQI = clamp(5 − L − P − C − D − W, 1, 5) where " +
  "L = min(1.5, 0.3 × |LUFS − (−16)|), " +
  "P = min(1, 0.5 × max(0, truePeak − (−1 dBTP))), " +
  "C = min(1, 0.1 × clipped runs), " +
  "D = min(1, 0.25 × max(0, longest silence − 1 s)), " +
  "W = min(1.5, 4 × WER) (omitted when no transcriber ran)";

export interface SpeechQualityIndex {
  name: typeof SQI_NAME;
  /** 1-5, two decimals; null when loudness, true peak, clipping or dead air was not measured. */
  value: number | null;
  formula: string;
  /** Each penalty term; null when its measurement is missing. */
  penalties: {
    loudness: number | null;
    truePeak: number | null;
    clipping: number | null;
    deadAir: number | null;
    wer: number | null;
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const term = (v: number | null, f: (v: number) => number) => (v === null ? null : round2(f(v)));

export function speechQualityIndex(m: AudioMeasurements): SpeechQualityIndex {
  const target = DEFAULT_AUDIO_THRESHOLDS.targetLufs;
  const peakLimit = DEFAULT_AUDIO_THRESHOLDS.maxTruePeakDbtp;
  const penalties = {
    loudness: term(m.integratedLufs, (v) => Math.min(1.5, 0.3 * Math.abs(v - target))),
    truePeak: term(m.truePeakDbtp, (v) => Math.min(1, 0.5 * Math.max(0, v - peakLimit))),
    clipping: term(m.clippedRuns, (v) => Math.min(1, 0.1 * v)),
    deadAir: term(m.longestSilenceSec, (v) => Math.min(1, 0.25 * Math.max(0, v - 1))),
    wer: term(m.wer, (v) => Math.min(1.5, 4 * v)),
  };
  const core = [penalties.loudness, penalties.truePeak, penalties.clipping, penalties.deadAir];
  const value = core.some((p) => p === null)
    ? null
    : round2(Math.min(5, Math.max(1, 5 - [...core, penalties.wer].reduce<number>((sum, p) => sum + (p ?? 0), 0))));
  return { name: SQI_NAME, value, formula: SQI_FORMULA, penalties };
}
