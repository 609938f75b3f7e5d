import { parseAudioStream, type AudioStreamInfo } from "./parse-ffmpeg-output";
import { runFfmpeg } from "./run-ffmpeg";

/** Codec, sample rate, channels and header duration of a file's first audio stream (ffprobe is not shipped). */
export async function probeAudio(file: string): Promise<AudioStreamInfo> {
  // Zero seconds to a null muxer: ffmpeg prints the input's header and exits cleanly without decoding.
  const { stderr } = await runFfmpeg(["-i", file, "-map", "0:a:0", "-t", "0", "-f", "null", "-"]);
  const info = parseAudioStream(stderr);
  if (!info) throw new Error(`${file} has no audio stream`);
  return info;
}
