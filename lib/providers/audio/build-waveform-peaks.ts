import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";

export const DEFAULT_PEAK_BUCKETS = 1500;

// Blocks are merged pairwise whenever this many accumulate, so memory stays fixed however long the episode is,
// and every bucket still spans at least two blocks (a boundary is off by at most 1/4096 of the file).
const MAX_BLOCKS = 8192;

/** Min/max reducer over mono samples pushed in any chunking. */
export function createPeakReducer(sampleRate: number) {
  let blockSize = 1;
  let mins: number[] = [];
  let maxs: number[] = [];
  let low = Infinity;
  let high = -Infinity;
  let inBlock = 0;
  let total = 0;

  const closeBlock = () => {
    mins.push(low);
    maxs.push(high);
    low = Infinity;
    high = -Infinity;
    inBlock = 0;
    if (mins.length === MAX_BLOCKS) {
      mins = pairwise(mins, Math.min);
      maxs = pairwise(maxs, Math.max);
      blockSize *= 2;
    }
  };

  return {
    push(samples: Float32Array) {
      for (const s of samples) {
        if (s < low) low = s;
        if (s > high) high = s;
        if (++inBlock === blockSize) closeBlock();
      }
      total += samples.length;
    },
    finish(buckets = DEFAULT_PEAK_BUCKETS): WaveformPeaks {
      if (inBlock > 0) closeBlock();
      const count = Math.min(buckets, mins.length);
      const peaks: number[] = [];
      for (let b = 0; b < count; b++) {
        const from = Math.floor((b * mins.length) / count);
        const to = Math.floor(((b + 1) * mins.length) / count);
        peaks.push(round(Math.min(...mins.slice(from, to))), round(Math.max(...maxs.slice(from, to))));
      }
      return { peaks: [peaks], duration: total / sampleRate, buckets: count };
    },
  };
}

function pairwise(values: number[], pick: (a: number, b: number) => number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 2) out.push(pick(values[i]!, values[i + 1] ?? values[i]!));
  return out;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
