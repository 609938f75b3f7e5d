// Test support: real signals rendered by ffmpeg's generators, so tests measure files like production does.
import path from "node:path";
import { runFfmpeg } from "./run-ffmpeg";

/** Renders an ffmpeg lavfi source (e.g. "sine=frequency=440:duration=3") to `dir/name` with optional filters. */
export async function renderSignal(
  dir: string,
  name: string,
  source: string,
  filters: string[] = [],
  codec = "pcm_f32le",
) {
  const file = path.join(dir, name);
  await runFfmpeg([
    "-f",
    "lavfi",
    "-i",
    source,
    ...(filters.length ? ["-af", filters.join(",")] : []),
    "-c:a",
    codec,
    "-y",
    file,
  ]);
  return file;
}
