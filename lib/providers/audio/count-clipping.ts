import type { ClippingCount } from "./types";

/** -0.01 dBFS: int16 full scale (32767/32768) and float audio clamped at 1.0 both count. */
const FULL_SCALE = 0.999;
const MIN_RUN = 3;

/**
 * Counts clipping in interleaved float frames pushed in any chunking. A single full-scale sample is a hot peak;
 * three in a row are a flattened waveform, which is what the check flags.
 */
export function createClippingCounter(channels: number) {
  const run = new Array<number>(channels).fill(0);
  const count: ClippingCount = { clippedSamples: 0, clippedRuns: 0 };
  return {
    push(interleaved: Float32Array) {
      for (let i = 0; i < interleaved.length; i++) {
        const c = i % channels;
        if (Math.abs(interleaved[i]!) >= FULL_SCALE) {
          count.clippedSamples++;
          if (++run[c]! === MIN_RUN) count.clippedRuns++;
        } else run[c] = 0;
      }
    },
    result: (): ClippingCount => ({ ...count }),
  };
}
