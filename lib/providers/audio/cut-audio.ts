import { runFfmpeg } from "./run-ffmpeg";

/** Writes the stretch [startSeconds, endSeconds) of a file to `output` (format from its extension). */
export async function cutAudio(input: string, output: string, startSeconds: number, endSeconds: number): Promise<void> {
  if (!(endSeconds > startSeconds)) throw new Error(`Nothing to cut: ${startSeconds}-${endSeconds} s`);
  await runFfmpeg([
    "-ss",
    startSeconds.toFixed(3),
    "-i",
    input,
    "-t",
    (endSeconds - startSeconds).toFixed(3),
    "-map",
    "0:a:0",
    "-y",
    output,
  ]);
}
