import { writeFile } from "node:fs/promises";
import path from "node:path";
import { probeAudio } from "@/lib/providers/audio/probe-audio";
import { runFfmpeg } from "@/lib/providers/audio/run-ffmpeg";

/**
 * Converts the request's audio (a path or bytes) into `dir/name` with the given ffmpeg output arguments and
 * returns the new file with its duration.
 */
export async function convertAudio(audio: string | Buffer, dir: string, name: string, outputArgs: string[]) {
  const input = Buffer.isBuffer(audio) ? path.join(dir, "input") : audio;
  if (Buffer.isBuffer(audio)) await writeFile(input, audio);
  const file = path.join(dir, name);
  await runFfmpeg(["-i", input, "-map", "0:a:0", ...outputArgs, "-y", file]);
  const { durationSeconds } = await probeAudio(file);
  return { file, durationSeconds: durationSeconds ?? 0 };
}
