import { parseEbur128Summary, type Ebur128Summary } from "./parse-ffmpeg-output";
import { runFfmpeg } from "./run-ffmpeg";

/** ffmpeg's ebur128 reading of a file: integrated loudness, LRA and true peak. */
export async function measureFileLoudness(file: string): Promise<Ebur128Summary> {
  const { stderr } = await runFfmpeg(["-i", file, "-map", "0:a:0", "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"]);
  return parseEbur128Summary(stderr);
}
