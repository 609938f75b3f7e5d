import pLimit from "p-limit";
import { decodePcm } from "./decode-pcm";
import { measureIntegratedLoudness } from "./measure-loudness";
import type { LeveledSegment, Segment } from "./types";

/** Working level of the stitched mix; the master sets the delivery level. */
const SEGMENT_LEVEL_LUFS = -20;
const MAX_GAIN_DB = 20;
/** The absolute gate: a segment measuring this has no block of speech in it. */
const SILENT_LUFS = -70;

/**
 * Gives every segment the gain that brings it to one loudness, so hosts voiced by different engines or voices
 * (flite's kal16 reads 12 LU quieter than its slt) sit at the same level. Without it the mix's loudness range
 * exceeds loudnorm's target and loudnorm falls back to dynamic compression. Segments too short or quiet to
 * measure keep their level. Measured with the TypeScript meter on the decode the duration needs anyway.
 */
export async function levelSegments(
  segments: Segment[],
  targetLufs = SEGMENT_LEVEL_LUFS,
  sampleRate = 44_100,
): Promise<LeveledSegment[]> {
  // Two decodes at a time: a show has hundreds of short segments and the machine two cores.
  const limit = pLimit(2);
  return Promise.all(
    segments.map((segment) =>
      limit(async () => {
        const audio = await decodePcm(segment.file, { sampleRate, channels: 1 });
        const integratedLufs = Math.max(SILENT_LUFS, measureIntegratedLoudness(audio.samples, sampleRate));
        const gainDb =
          integratedLufs > SILENT_LUFS ? Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, targetLufs - integratedLufs)) : 0;
        return { ...segment, gainDb, durationSeconds: audio.durationSeconds, integratedLufs };
      }),
    ),
  );
}
