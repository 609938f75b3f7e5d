// What the audio validator measured on an episode's final audio; null means it was not measured.

export interface SegmentMeasurement {
  id: string;
  durationSec: number;
  /** Integrated loudness of the segment; null when no block rose above the gate (pure silence). */
  integratedLufs: number | null;
}

export interface AudioMeasurements {
  /** Integrated loudness of the final MP3 (LUFS). */
  integratedLufs: number | null;
  /** True peak of the final MP3 (dBTP). */
  truePeakDbtp: number | null;
  /** Runs of consecutive clipped samples. */
  clippedRuns: number | null;
  /** Longest silence gap (seconds). */
  longestSilenceSec: number | null;
  durationSec: number | null;
  /** Word error rate (0-1); null when no transcriber ran. */
  wer: number | null;
  segments: SegmentMeasurement[] | null;
}

export interface AudioPlan {
  plannedDurationSec: number;
}
