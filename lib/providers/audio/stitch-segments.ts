import { runFfmpeg } from "./run-ffmpeg";
import type { Segment } from "./types";

export interface StitchOptions {
  sampleRate?: number;
  /** Playback speed of the joined mix (ffmpeg atempo, pitch kept); default 1. */
  tempo?: number;
}

/**
 * Joins segments into one mono float WAV with the given pauses. Float keeps the headroom: a resampled
 * full-scale diphone can overshoot 0 dBFS, and the limiter downstream should see that, not a clipped copy.
 */
export async function stitchSegments(segments: Segment[], output: string, options: StitchOptions = {}): Promise<void> {
  if (segments.length === 0) throw new Error("Nothing to stitch: no segments");
  const { sampleRate = 44_100, tempo = 1 } = options;
  const chains = segments.map((segment, i) => {
    const pad = Math.round(Math.max(0, segment.pauseAfterSeconds ?? 0) * sampleRate);
    // apad counts samples: the 2018 ffmpeg the npm package ships has no pad_dur.
    const gain = segment.gainDb ? `volume=${segment.gainDb.toFixed(2)}dB,` : "";
    return `[${i}:a:0]${gain}aresample=${sampleRate},aformat=sample_fmts=flt:channel_layouts=mono,apad=pad_len=${pad}[s${i}]`;
  });
  const inputs = segments.map((_, i) => `[s${i}]`).join("");
  const speed = tempo === 1 ? "" : `,atempo=${tempo.toFixed(4)}`;
  const graph = `${chains.join(";")};${inputs}concat=n=${segments.length}:v=0:a=1${speed}[out]`;
  await runFfmpeg([
    ...segments.flatMap((s) => ["-i", s.file]),
    "-filter_complex",
    graph,
    "-map",
    "[out]",
    "-c:a",
    "pcm_f32le",
    "-y",
    output,
  ]);
}
