/**
 * `npm run bench:produce`: the `npm run produce` flow for a 3-minute episode from the two Markdown articles in
 * bench/sources/, on a throwaway database and into a temporary folder; then measures the MP3 on its own with
 * ffmpeg's ebur128 filter and prints the wall time, the per-stage breakdown, loudness and true peak against the
 * podcast targets, and whether the certification has every measurement filled in. Figures, not pass/fail.
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { locateFfmpeg } from "@/lib/providers/audio/locate-ffmpeg";
import { startDatabaseServer } from "./lib/database-server";
import { produceEpisode, type ProduceResult } from "./lib/produce-episode";
import { createProgressRenderer, formatStageTable, formatTimings, seconds } from "./lib/produce-progress";
import { runFfmpeg } from "@/lib/providers/audio/run-ffmpeg";
import { parseEbur128Summary } from "@/lib/providers/audio/parse-ffmpeg-output";

const TOPIC = "How sleep helps memory";
const MINUTES = 3;
const SOURCES = path.resolve("bench/sources");
const TARGET_LUFS = -16;
const LUFS_TOLERANCE = 1;
const MAX_TRUE_PEAK = -1;

/** Certification items whose value was not measured or not run: a full report has none. */
function unmeasured(report: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, where: string) => {
    if (typeof value === "string") {
      if (/not (measured|run)/i.test(value)) found.push(`${where}: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${where}[${i}]`));
    } else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.label === "string" && typeof record.value === "string") {
        if (/not (measured|run)/i.test(record.value)) found.push(`${record.label}: ${record.value}`);
        return;
      }
      for (const [key, v] of Object.entries(record)) visit(v, where ? `${where}.${key}` : key);
    }
  };
  visit(report, "");
  return found;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : String(n));

async function main() {
  const started = Date.now();
  const server = await startDatabaseServer(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
  const database = `showrunner_bench_produce_${Date.now().toString(36)}`;
  const outDir = await mkdtemp(path.join(tmpdir(), "bench-produce-"));
  const renderer = createProgressRenderer();
  let result: ProduceResult;
  try {
    await server.createDatabase(database);
    console.log(
      `Produce benchmark: "${TOPIC}", ${MINUTES} min, sources ${path.relative(process.cwd(), SOURCES)}/, configured providers, auto-approval\n`,
    );
    try {
      result = await produceEpisode(
        {
          topic: TOPIC,
          sourcesDir: SOURCES,
          minutes: MINUTES,
          outDir,
          env: { ...process.env, DATABASE_URL: server.urlFor(database) },
        },
        { onProgress: (s) => renderer.update(s), onLog: (m) => renderer.log(m) },
      );
    } finally {
      renderer.stop();
    }
  } finally {
    await server.dropDatabase(database).catch(() => {});
    await server.stop();
  }

  console.log(
    `\nOutcome: ${result.outcome}${"reason" in result ? ` (${result.reason})` : ""}${"missing" in result ? ` (missing: ${result.missing.join("; ")})` : ""}`,
  );
  console.log(`Output: ${outDir}`);
  console.log("");
  for (const line of formatTimings(result.timings)) console.log(line);
  console.log(`  benchmark in all (with a throwaway database): ${seconds(Date.now() - started)}`);
  console.log("\nPer stage:");
  console.log(formatStageTable(result.stages));

  const mp3 = path.join(outDir, "episode.mp3");
  console.log("\nLoudness of episode.mp3, measured here with ffmpeg ebur128:");
  if (!existsSync(mp3)) {
    console.log("  no episode.mp3 was written, so nothing to measure");
  } else {
    const ffmpeg = await locateFfmpeg();
    // Its own ffmpeg run over the written file: `ffmpeg -nostats -i episode.mp3 -af ebur128=peak=true -f null -`.
    const { stderr } = await runFfmpeg(["-i", mp3, "-af", "ebur128=peak=true", "-f", "null", "-"]);
    const reading = parseEbur128Summary(stderr);
    const lufsOk = Math.abs(reading.integratedLufs - TARGET_LUFS) <= LUFS_TOLERANCE;
    const peakOk = reading.truePeakDbtp <= MAX_TRUE_PEAK;
    console.log(`  ffmpeg: ${ffmpeg.path} (${ffmpeg.source})`);
    console.log(
      `  integrated loudness ${fmt(reading.integratedLufs)} LUFS  target ${TARGET_LUFS} ±${LUFS_TOLERANCE} LUFS: ${lufsOk ? "within" : "OUTSIDE"}`,
    );
    console.log(
      `  true peak           ${fmt(reading.truePeakDbtp)} dBTP  target ≤ ${MAX_TRUE_PEAK} dBTP: ${peakOk ? "within" : "ABOVE"}`,
    );
  }

  console.log("\nCertification:");
  if (result.outcome !== "ready") {
    console.log("  none written (see the outcome above)");
  } else {
    const gaps = unmeasured(result.certification.report);
    console.log(`  certified: ${result.certification.certified ? "yes" : "no"}`);
    if (gaps.length === 0) console.log('  every measurement filled in (no "not measured" or "not run" values)');
    else {
      console.log(`  ${gaps.length} value(s) not measured:`);
      for (const gap of gaps) console.log(`    - ${gap}`);
    }
    const blockers = (result.certification.report as { blockers?: unknown }).blockers;
    if (Array.isArray(blockers) && blockers.length > 0) {
      console.log("  blockers:");
      for (const b of blockers) console.log(`    - ${String(b)}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
