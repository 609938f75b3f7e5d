import { probeAudio } from "./probe-audio";
import { runFfmpeg } from "./run-ffmpeg";

export interface PcmFormat {
  sampleRate: number;
  channels: number;
}

export interface DecodedAudio extends PcmFormat {
  /** One array per channel. */
  samples: Float32Array[];
  durationSeconds: number;
}

/**
 * Turns stdout chunks of interleaved f32le audio, cut anywhere, into whole frames. The copy also gives each
 * Float32Array its own 4-byte-aligned buffer.
 */
export function createFrameReader(channels: number, onFrames: (interleaved: Float32Array) => void) {
  const frameBytes = 4 * channels;
  let rest = Buffer.alloc(0);
  return (chunk: Buffer) => {
    const bytes = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    const whole = bytes.length - (bytes.length % frameBytes);
    if (whole > 0) {
      const frames = new Float32Array(whole / 4);
      Buffer.from(frames.buffer).set(bytes.subarray(0, whole));
      onFrames(frames);
    }
    rest = Buffer.from(bytes.subarray(whole));
  };
}

/** Arguments that make ffmpeg write the first audio stream to stdout as interleaved f32le. */
export const pcmOutputArgs = (format?: Partial<PcmFormat>) => [
  ...(format?.sampleRate ? ["-ar", String(format.sampleRate)] : []),
  ...(format?.channels ? ["-ac", String(format.channels)] : []),
  "-f",
  "f32le",
  "-c:a",
  "pcm_f32le",
  "pipe:1",
];

/** Decodes (and optionally resamples or downmixes) a file to float PCM, streaming frames to `onFrames`. */
export async function streamPcm(
  file: string,
  onFrames: (interleaved: Float32Array, format: PcmFormat) => void,
  target?: Partial<PcmFormat>,
) {
  // A fully specified target needs no probe: one ffmpeg process instead of two, per file.
  const format =
    target?.sampleRate && target.channels
      ? { sampleRate: target.sampleRate, channels: target.channels }
      : await probeAudio(file).then((source) => ({
          sampleRate: target?.sampleRate ?? source.sampleRate,
          channels: target?.channels ?? source.channels,
        }));
  const read = createFrameReader(format.channels, (frames) => onFrames(frames, format));
  await runFfmpeg(["-i", file, "-map", "0:a:0", ...pcmOutputArgs(target)], { onStdout: read });
  return format;
}

/** Decodes a whole file into per-channel Float32Arrays (for the TypeScript meter and analysis). */
export async function decodePcm(file: string, target?: Partial<PcmFormat>): Promise<DecodedAudio> {
  const chunks: Float32Array[] = [];
  const format = await streamPcm(file, (frames) => chunks.push(frames), target);
  const frameCount = chunks.reduce((n, c) => n + c.length, 0) / format.channels;
  const samples = Array.from({ length: format.channels }, () => new Float32Array(frameCount));
  let frame = 0;
  for (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += format.channels, frame++) {
      for (let c = 0; c < format.channels; c++) samples[c]![frame] = chunk[i + c]!;
    }
  }
  return { ...format, samples, durationSeconds: frameCount / format.sampleRate };
}
