import { inspectAudio, type AudioReport } from "./inspect-audio";
import { parseLoudnormJson, type LoudnormStats } from "./parse-ffmpeg-output";
import { runFfmpeg } from "./run-ffmpeg";

export interface MasterTargets {
  integratedLufs: number;
  /** Given to loudnorm; under the -1 dBTP delivery limit to leave room for the MP3 encoder's overshoot. */
  truePeakDbtp: number;
  loudnessRangeLu: number;
  bitrateKbps: number;
  sampleRate: number;
}

export const PODCAST_TARGETS: MasterTargets = {
  integratedLufs: -16,
  truePeakDbtp: -1.5,
  loudnessRangeLu: 11,
  bitrateKbps: 96,
  sampleRate: 44_100,
};

export interface MasterResult {
  /** Measured on the encoded MP3, which is what listeners get. */
  report: AudioReport;
  /** The pre-limiter's ceiling, or null when the input's peaks already allowed a linear gain. */
  limiterCeilingDb: number | null;
  normalization: LoudnormStats["normalizationType"];
  /** Encodes run: 2 when the MP3 read off target and the gain was corrected once. */
  encodes: number;
}

// alimiter limits sample peaks, not true peaks, and a resampled peak can rise a little: aim under the target.
const LIMITER_MARGIN_DB = 0.5;
const ALIMITER_FLOOR_DB = -24;
const MAX_LIMITER_PASSES = 4;
const TOLERANCE_LU = 0.5;

/**
 * Pre-limits, normalises (two-pass loudnorm, linear) and encodes MP3, then measures the MP3 and corrects the gain
 * once if encoding moved it. loudnorm stays linear only if the gain it applies lifts no peak over the true-peak
 * target; limiting the peaks also lowers the loudness (so the gain grows), hence the ceiling is found by measuring
 * again, a few passes at most.
 */
export async function masterAudio(input: string, output: string, targets: MasterTargets = PODCAST_TARGETS): Promise<MasterResult> {
  const overshoot = (s: LoudnormStats) => s.inputTp + (targets.integratedLufs - s.inputI) - targets.truePeakDbtp;
  let measured = await analyse(input, []);
  if (!(measured.inputI > -70)) throw new Error(`${input} is silent: there is nothing to master`);
  let ceilingDb: number | null = null;
  for (let pass = 0; pass < MAX_LIMITER_PASSES && overshoot(measured) > 0 && ceilingDb !== ALIMITER_FLOOR_DB; pass++) {
    ceilingDb = Math.max(ALIMITER_FLOOR_DB, measured.inputTp - overshoot(measured) - LIMITER_MARGIN_DB);
    measured = await analyse(input, limiterFor(ceilingDb));
  }
  const limiter = limiterFor(ceilingDb);

  let encoded = await encode(input, output, limiter, measured, targets, targets.integratedLufs);
  let report = await inspectAudio(output);
  let encodes = 1;
  const miss = targets.integratedLufs - report.integratedLufs;
  if (Math.abs(miss) > TOLERANCE_LU) {
    encoded = await encode(input, output, limiter, measured, targets, targets.integratedLufs + miss);
    report = await inspectAudio(output);
    encodes = 2;
  }
  return { report, limiterCeilingDb: ceilingDb, normalization: encoded.normalizationType, encodes };
}

const limiterFor = (ceilingDb: number | null) =>
  ceilingDb === null ? [] : [`alimiter=limit=${dbToAmplitude(ceilingDb).toFixed(6)}:level=false`];

const dbToAmplitude = (db: number) => 10 ** (db / 20);

async function analyse(input: string, filters: string[]): Promise<LoudnormStats> {
  const chain = [...filters, "loudnorm=print_format=json"].join(",");
  const { stderr } = await runFfmpeg(["-i", input, "-map", "0:a:0", "-af", chain, "-f", "null", "-"]);
  return parseLoudnormJson(stderr);
}

async function encode(
  input: string,
  output: string,
  filters: string[],
  measured: LoudnormStats,
  targets: MasterTargets,
  integratedLufs: number,
): Promise<LoudnormStats> {
  const loudnorm =
    `loudnorm=I=${integratedLufs.toFixed(2)}:TP=${targets.truePeakDbtp}:LRA=${targets.loudnessRangeLu}` +
    `:measured_I=${measured.inputI}:measured_TP=${measured.inputTp}:measured_LRA=${measured.inputLra}` +
    `:measured_thresh=${measured.inputThresh}:offset=${measured.targetOffset}:linear=true:print_format=json`;
  // loudnorm works at 192 kHz internally; resample back to the delivery rate.
  const chain = [...filters, loudnorm, `aresample=${targets.sampleRate}`].join(",");
  const { stderr } = await runFfmpeg([
    "-i", input, "-map", "0:a:0", "-af", chain, "-ac", "1",
    "-c:a", "libmp3lame", "-b:a", `${targets.bitrateKbps}k`, "-y", output,
  ]);
  return parseLoudnormJson(stderr);
}
