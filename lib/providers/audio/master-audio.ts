import { inspectAudio } from "./inspect-audio";
import { measureFileLoudness } from "./measure-file-loudness";
import type { Ebur128Summary } from "./parse-ffmpeg-output";
import { runFfmpeg } from "./run-ffmpeg";
import type { MasterResult } from "./types";

export interface MasterTargets {
  integratedLufs: number;
  /** Under the -1 dBTP delivery limit, to leave room for the MP3 encoder's overshoot. */
  truePeakDbtp: number;
  bitrateKbps: number;
  sampleRate: number;
}

export const PODCAST_TARGETS: MasterTargets = {
  integratedLufs: -16,
  truePeakDbtp: -1.5,
  bitrateKbps: 96,
  sampleRate: 44_100,
};

// alimiter limits sample peaks, not true peaks, and a resampled peak can rise a little: aim under the target.
const LIMITER_MARGIN_DB = 0.5;
const ALIMITER_FLOOR_DB = -24;
const MAX_LIMITER_PASSES = 4;
const TOLERANCE_LU = 0.5;

/**
 * Pre-limits, applies one gain to the loudness target, and encodes MP3; then measures the MP3 and corrects the gain
 * once if encoding moved it. A pure gain keeps the speech's dynamics, but it may only be as large as the headroom of
 * the loudest true peak; limiting the peaks also lowers the loudness (so the gain grows), hence the limiter's
 * ceiling is found by measuring again, a few passes at most. Measured with ebur128 (a 4x true-peak meter), which
 * reads a file five times faster than a loudnorm analysis pass.
 */
export async function masterAudio(
  input: string,
  output: string,
  targets: MasterTargets = PODCAST_TARGETS,
): Promise<MasterResult> {
  const overshoot = (m: Ebur128Summary) =>
    m.truePeakDbtp + (targets.integratedLufs - m.integratedLufs) - targets.truePeakDbtp;
  let measured = await measureFileLoudness(input);
  if (!(measured.integratedLufs > -70)) throw new Error(`${input} is silent: there is nothing to master`);
  let ceilingDb: number | null = null;
  for (let pass = 0; pass < MAX_LIMITER_PASSES && overshoot(measured) > 0 && ceilingDb !== ALIMITER_FLOOR_DB; pass++) {
    ceilingDb = Math.max(ALIMITER_FLOOR_DB, measured.truePeakDbtp - overshoot(measured) - LIMITER_MARGIN_DB);
    measured = await measureFileLoudness(input, limiterFor(ceilingDb));
  }
  // Peaks the pre-limiter could not tame in its passes are caught after the gain, by a limiter just under the
  // true-peak target, so the loudness target still holds; it touches only those peaks.
  const peakLimited = overshoot(measured) > 0;
  const limiter = [
    ...limiterFor(ceilingDb),
    "volume=GAIN",
    ...(peakLimited ? limiterFor(targets.truePeakDbtp - LIMITER_MARGIN_DB) : []),
  ];
  let gainDb = targets.integratedLufs - measured.integratedLufs;

  await encode(input, output, limiter, gainDb, targets);
  let report = await inspectAudio(output);
  let encodes = 1;
  const miss = targets.integratedLufs - report.integratedLufs;
  if (Math.abs(miss) > TOLERANCE_LU) {
    gainDb += miss;
    await encode(input, output, limiter, gainDb, targets);
    report = await inspectAudio(output);
    encodes = 2;
  }
  return {
    report,
    limiterCeilingDb: ceilingDb,
    gainDb,
    normalization: peakLimited ? "post-limited" : "linear",
    encodes,
  };
}

const limiterFor = (ceilingDb: number | null) =>
  ceilingDb === null ? [] : [`alimiter=limit=${dbToAmplitude(ceilingDb).toFixed(6)}:level=false`];

const dbToAmplitude = (db: number) => 10 ** (db / 20);

/** `filters` holds a "volume=GAIN" placeholder where the gain goes. */
async function encode(
  input: string,
  output: string,
  filters: string[],
  gainDb: number,
  targets: MasterTargets,
): Promise<void> {
  const chain = [
    ...filters.map((f) => (f === "volume=GAIN" ? `volume=${gainDb.toFixed(2)}dB` : f)),
    `aresample=${targets.sampleRate}`,
  ].join(",");
  await runFfmpeg([
    "-i",
    input,
    "-map",
    "0:a:0",
    "-af",
    chain,
    "-ac",
    "1",
    "-c:a",
    "libmp3lame",
    "-b:a",
    `${targets.bitrateKbps}k`,
    "-y",
    output,
  ]);
}
