// Pure parsers for what ffmpeg prints on stderr. The formats are the same in the npm-shipped 2018 build and 5.x.

import type { SilenceGap } from "./types";

export interface AudioStreamInfo {
  codec: string;
  sampleRate: number;
  channels: number;
  /** From the container header: exact for WAV, an estimate for some MP3s. */
  durationSeconds: number | null;
}

export interface Ebur128Summary {
  integratedLufs: number;
  loudnessRangeLu: number;
  truePeakDbtp: number;
}

export interface AstatsOverall {
  peakLevelDb: number;
  rmsLevelDb: number;
  numberOfSamples: number;
}

const NAMED_LAYOUTS: Record<string, number> = { mono: 1, stereo: 2, quad: 4, hexagonal: 6, octagonal: 8 };

const num = (text: string) => (/^-?inf$/.test(text) ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text));

/** The first audio stream of input #0. Output streams are also numbered #0:0, so only the input part is read. */
export function parseAudioStream(stderr: string): AudioStreamInfo | null {
  const input = stderr.split(/\nOutput #0|\nStream mapping:/)[0] ?? "";
  const stream = /Stream #0:\d+[^:]*: Audio: ([\w-]+)[^\n]*?, (\d+) Hz, ([^,\n]+)/.exec(input);
  if (!stream) return null;
  const duration = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(input);
  return {
    codec: stream[1]!,
    sampleRate: Number(stream[2]),
    channels: channelCount(stream[3]!.trim()),
    durationSeconds: duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : null,
  };
}

function channelCount(layout: string): number {
  const named = NAMED_LAYOUTS[layout.replace(/\(.*\)$/, "")];
  if (named) return named;
  const counted = /^(\d+) channels/.exec(layout);
  if (counted) return Number(counted[1]);
  const surround = /^(\d+)\.(\d+)/.exec(layout);
  if (surround) return Number(surround[1]) + Number(surround[2]);
  throw new Error(`Unknown channel layout "${layout}"`);
}

/** The last ebur128 summary (ffmpeg 5 prints an empty one for a probe instance of the filter first). */
export function parseEbur128Summary(stderr: string): Ebur128Summary {
  const summary = stderr.slice(stderr.lastIndexOf("Summary:"));
  const integrated = /I:\s+(-?[\d.]+|-?inf) LUFS/.exec(summary);
  const range = /LRA:\s+(-?[\d.]+) LU/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-?inf) dBFS/.exec(summary);
  if (!integrated || !range || !peak) throw new Error("ffmpeg printed no ebur128 summary (was peak=true set?)");
  return { integratedLufs: num(integrated[1]!), loudnessRangeLu: num(range[1]!), truePeakDbtp: num(peak[1]!) };
}

/** Gaps from silencedetect; a silence still open at the end closes at `durationSeconds`. */
export function parseSilences(stderr: string, durationSeconds: number): SilenceGap[] {
  const gaps: SilenceGap[] = [];
  let start: number | null = null;
  for (const match of stderr.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    const t = Math.max(0, Number(match[2]));
    if (match[1] === "start") start = t;
    else if (start !== null) {
      gaps.push({ start, end: t, duration: t - start });
      start = null;
    }
  }
  if (start !== null && durationSeconds > start)
    gaps.push({ start, end: durationSeconds, duration: durationSeconds - start });
  return gaps;
}

/** The "Overall" section of astats (the per-channel sections come first). */
export function parseAstatsOverall(stderr: string): AstatsOverall {
  const overall = stderr.slice(stderr.lastIndexOf("] Overall"));
  const field = (name: string) => {
    const match = new RegExp(`${name}: (-?[\\d.]+|-?inf)`).exec(overall);
    if (!match) throw new Error(`ffmpeg astats printed no "${name}"`);
    return num(match[1]!);
  };
  return {
    peakLevelDb: field("Peak level dB"),
    rmsLevelDb: field("RMS level dB"),
    numberOfSamples: field("Number of samples"),
  };
}
