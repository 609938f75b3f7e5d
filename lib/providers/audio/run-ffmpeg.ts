import { ffmpegLocation } from "./locate-ffmpeg";
import { runCommand, type RunCommandOptions } from "@/lib/providers/process/run-command";

/** Runs the located ffmpeg quietly: no banner, no progress lines, never waiting on the terminal. */
export async function runFfmpeg(args: string[], options?: RunCommandOptions) {
  const { path } = await ffmpegLocation();
  return runCommand(path, ["-hide_banner", "-nostdin", "-nostats", ...args], options);
}
