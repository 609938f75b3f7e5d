import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { cutAudio } from "./cut-audio";
import { inspectAudio } from "./inspect-audio";
import { levelSegments } from "./level-segments";
import { masterAudio, PODCAST_TARGETS } from "./master-audio";
import { readWaveformPeaks } from "./read-waveform-peaks";
import { stitchSegments } from "./stitch-segments";
import type { AudioToolkit } from "./types";

/**
 * The audio toolkit on ffmpeg (FFMPEG_PATH, else the machine's, else the npm package's; located once per process on
 * first use) and the TypeScript meters. Mixes are stitched and mastered to the podcast targets (-16 LUFS, 44.1 kHz MP3).
 */
export function createAudioToolkit(): AudioToolkit {
  return {
    id: "ffmpeg",
    withScratchDir: withTempDir,
    level: (segments) => levelSegments(segments),
    stitch: (segments, output, { tempo }) =>
      stitchSegments(segments, output, { sampleRate: PODCAST_TARGETS.sampleRate, tempo }),
    master: (input, output) => masterAudio(input, output),
    readPeaks: (file) => readWaveformPeaks(file),
    inspect: (file, options) => inspectAudio(file, options),
    cut: cutAudio,
  };
}
