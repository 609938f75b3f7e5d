import type { WaveformPeaks } from "@/lib/domain/waveform-peaks";
import { createPeakReducer, DEFAULT_PEAK_BUCKETS } from "./build-waveform-peaks";
import { streamPcm } from "./decode-pcm";

/** Decodes a file to a mono mix and reduces it to wavesurfer peaks (1,000-2,000 buckets). */
export async function readWaveformPeaks(file: string, buckets = DEFAULT_PEAK_BUCKETS): Promise<WaveformPeaks> {
  if (buckets < 1000 || buckets > 2000) throw new Error(`Peak buckets must be 1000-2000, got ${buckets}`);
  let reducer: ReturnType<typeof createPeakReducer> | undefined;
  await streamPcm(
    file,
    (frames, format) => {
      reducer ??= createPeakReducer(format.sampleRate);
      reducer.push(frames);
    },
    { channels: 1 },
  );
  if (!reducer) throw new Error(`${file} decoded to no audio`);
  return reducer.finish(buckets);
}
