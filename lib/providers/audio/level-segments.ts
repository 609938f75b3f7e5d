import { measureFileLoudness } from "./measure-file-loudness";
import type { Segment } from "./stitch-segments";

/** Working level of the stitched mix; the master sets the delivery level. */
const SEGMENT_LEVEL_LUFS = -20;
const MAX_GAIN_DB = 20;

/**
 * Gives every segment the gain that brings it to one loudness, so hosts voiced by different engines or voices
 * (flite's kal16 reads 12 LU quieter than its slt) sit at the same level. Without it the mix's loudness range
 * exceeds loudnorm's target and loudnorm falls back to dynamic compression. Segments too short or quiet to
 * measure (under one 400 ms block above the gate) keep their level.
 */
export async function levelSegments(segments: Segment[], targetLufs = SEGMENT_LEVEL_LUFS): Promise<Segment[]> {
  const leveled: Segment[] = [];
  // One ffmpeg at a time: a show has hundreds of short segments and the machine two cores.
  for (const segment of segments) {
    const { integratedLufs } = await measureFileLoudness(segment.file);
    const gainDb = integratedLufs > -70 ? Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, targetLufs - integratedLufs)) : 0;
    leveled.push({ ...segment, gainDb });
  }
  return leveled;
}
