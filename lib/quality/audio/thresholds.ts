// The audio targets the brief and design set, in one place so the checks, the index and the docs agree.

export interface AudioThresholds {
  /** Integrated loudness target of the final MP3 (LUFS) and the tolerance either side (LU). */
  targetLufs: number;
  lufsTolerance: number;
  /** Highest allowed true peak (dBTP). */
  maxTruePeakDbtp: number;
  /** Runs of consecutive full-scale samples allowed; any run is audible distortion. */
  maxClippedRuns: number;
  /** Longest allowed silence between words (seconds). */
  maxDeadAirSec: number;
  /** Allowed relative deviation of the duration from the plan (0.15 = ±15%). */
  durationTolerance: number;
  /** Highest allowed word error rate of the transcript against the script (0-1). */
  maxWer: number;
  /** A segment quieter than this (LUFS), or shorter than `minSegmentSec`, is treated as silent or empty. */
  silentSegmentLufs: number;
  minSegmentSec: number;
}

export const DEFAULT_AUDIO_THRESHOLDS: AudioThresholds = {
  targetLufs: -16,
  lufsTolerance: 1,
  maxTruePeakDbtp: -1,
  maxClippedRuns: 0,
  maxDeadAirSec: 2,
  durationTolerance: 0.15,
  maxWer: 0.15,
  silentSegmentLufs: -50,
  minSegmentSec: 0.5,
};
