/** Waveform data in the shape wavesurfer.js 7/8 takes as its `peaks` and `duration` options, as AudioAsset.peaks stores it. */
export interface WaveformPeaks {
  /** One channel (a mono mix): min and max of each bucket, interleaved, rounded to 1e-4. */
  peaks: number[][];
  /** Seconds. */
  duration: number;
  /** How many buckets `peaks` has; absent on masters stored before it was recorded. */
  buckets?: number;
}
