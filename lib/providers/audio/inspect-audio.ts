import { createClippingCounter } from "./count-clipping";
import { createFrameReader, pcmOutputArgs } from "./decode-pcm";
import { SILENCE_FLOOR_DB } from "./measure-true-peak";
import { parseAstatsOverall, parseEbur128Summary, parseSilences } from "./parse-ffmpeg-output";
import { probeAudio } from "./probe-audio";
import { runFfmpeg } from "./run-ffmpeg";
import type { AudioReport, InspectOptions } from "./types";

/**
 * Everything the audio checks need, from one decode: ffmpeg's ebur128 (integrated loudness, LRA, true peak) on one
 * branch; silencedetect and astats on the other, whose samples also stream back to count clipping.
 */
export async function inspectAudio(file: string, options: InspectOptions = {}): Promise<AudioReport> {
  const { silenceThresholdDb = -50, minSilenceSeconds = 2 } = options;
  const stream = await probeAudio(file);
  const clipping = createClippingCounter(stream.channels);
  const graph =
    "[0:a:0]asplit=2[m][s];[m]ebur128=peak=true:framelog=verbose,anullsink;" +
    `[s]silencedetect=noise=${silenceThresholdDb}dB:d=${minSilenceSeconds},astats[out]`;
  const { stderr } = await runFfmpeg(["-i", file, "-filter_complex", graph, "-map", "[out]", ...pcmOutputArgs()], {
    onStdout: createFrameReader(stream.channels, (frames) => clipping.push(frames)),
  });

  const loudness = parseEbur128Summary(stderr);
  const stats = parseAstatsOverall(stderr);
  const durationSeconds = stats.numberOfSamples / stream.sampleRate;
  const silences = parseSilences(stderr, durationSeconds);
  const count = clipping.result();
  const floor = (db: number) => Math.max(SILENCE_FLOOR_DB, db);
  return {
    codec: stream.codec,
    sampleRate: stream.sampleRate,
    channels: stream.channels,
    durationSeconds,
    integratedLufs: loudness.integratedLufs,
    loudnessRangeLu: loudness.loudnessRangeLu,
    truePeakDbtp: floor(loudness.truePeakDbtp),
    samplePeakDbfs: floor(stats.peakLevelDb),
    rmsDbfs: floor(stats.rmsLevelDb),
    silences,
    longestSilenceSeconds: Math.max(0, ...silences.map((s) => s.duration)),
    clipping: { ...count, clipped: count.clippedRuns > 0 },
  };
}
