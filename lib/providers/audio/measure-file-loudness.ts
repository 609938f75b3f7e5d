import { parseEbur128Summary, type Ebur128Summary } from "./parse-ffmpeg-output";
import { runFfmpeg } from "./run-ffmpeg";

/** ffmpeg's ebur128 reading of a file (after `filters`, when given): integrated loudness, LRA and true peak. */
export async function measureFileLoudness(file: string, filters: string[] = []): Promise<Ebur128Summary> {
  const chain = [...filters, "ebur128=peak=true:framelog=verbose"].join(",");
  const { stderr } = await runFfmpeg(["-i", file, "-map", "0:a:0", "-af", chain, "-f", "null", "-"]);
  return parseEbur128Summary(stderr);
}
