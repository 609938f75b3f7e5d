import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "@/lib/db";
import { parseScriptText, type ScriptTextError } from "@/lib/domain/parse-script-text";
import { MAX_SCRIPT_TEXT_CHARS } from "@/lib/domain/script-limits";
import type { StageShow } from "@/lib/domain/stage-inputs";
import { assessScript } from "@/lib/quality/assessment/assess-script";
import { WORDS_PER_MINUTE } from "@/lib/domain/spoken-length";
import { formatScriptAssessment } from "@/lib/quality/assessment/format-script-assessment";
import { DEMO_HOSTS, DEMO_SHOW } from "@/lib/seed/demo-show";
import { toStageShow } from "@/lib/shows/to-stage-show";
import { optimizeForSpeech } from "@/lib/speech-text/optimize-for-speech";
import { ProduceUsageError, readSourcesDir } from "./produce-episode";
import { researchOfflineBrief } from "./research-offline-brief";

export const ASSESS_USAGE = `Usage: npm run assess -- --script FILE [--sources DIR] [--show SLUG] [--minutes N] [--topic TEXT] [--json]

Scores a script without producing audio: the brand dimensions with their violations, the fact check of every
factual line against the sources, and the quality dimensions a script alone can show (research accuracy, content
and engagement, brand consistency, speech readiness) with an overall renormalised over them. Audio technical and
cost compliance need produced audio and are left out.

  --script FILE   the script as plain text: a line "## Title" starts a segment, a line "Speaker Name: text" is a
                  line spoken by one of the show's hosts; blank lines are ignored, any other line is refused
  --sources DIR   a folder of .txt, .md and .pdf sources to check against (default bench/sources)
  --show SLUG     the show whose brand and hosts to use: with DATABASE_URL set, a show from that database (default
                  signal-and-noise); without it, the demo show's profile the seed uses (Signal & Noise, hosts Maya
                  Chen and Theo Marsh), so no database is needed
  --minutes N     the planned length in minutes (default: the script's own, its words / ${WORDS_PER_MINUTE} a minute)
  --topic TEXT    what the episode is about, for the brief (default: the script's segment titles)
  --json          print the same as JSON

Key points (for coverage and research accuracy) come from the sources as the offline research would brief them:
claims extracted on the topic, judged against the sources, synthesized into key points.
Exit codes: 0 scored, 1 error, 64 bad arguments, 65 the script file was refused.`;

const argsSchema = z.object({
  script: z.string({ error: "--script is required." }).trim().min(1, "--script needs a file."),
  sources: z.string().trim().min(1, "--sources needs a folder.").default("bench/sources"),
  show: z.string().trim().min(1, "--show needs a show's slug.").max(200).optional(),
  minutes: z
    .string()
    .refine((v) => /^\d+(?:\.\d+)?$/.test(v.trim()), "--minutes must be a number of minutes, e.g. --minutes 5.")
    .transform(Number)
    .pipe(z.number().min(0.5, "--minutes must be at least 0.5.").max(180, "--minutes can be at most 180."))
    .optional(),
  topic: z.string().trim().min(3, "--topic needs at least 3 characters.").max(500).optional(),
  json: z.boolean().default(false),
});

export interface AssessResult {
  code: number;
  stdout: string;
  stderr: string;
}

class UsageError extends Error {}
class RefusedError extends Error {}

function parseCommandLine(argv: string[]) {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        script: { type: "string" },
        sources: { type: "string" },
        show: { type: "string" },
        minutes: { type: "string" },
        topic: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return null;
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("\n"));
  return parsed.data;
}

/** The show from the database when there is one, else the demo show's profile as the seed writes it. */
async function loadShow(slug: string | undefined, env: NodeJS.ProcessEnv): Promise<{ show: StageShow; from: string }> {
  const wanted = slug ?? DEMO_SHOW.slug;
  if (!env.DATABASE_URL) {
    if (wanted !== DEMO_SHOW.slug)
      throw new UsageError(
        `--show ${wanted}: without DATABASE_URL only the demo show's profile (${DEMO_SHOW.slug}) is available.`,
      );
    return {
      show: toStageShow({ ...DEMO_SHOW, id: "demo", hosts: DEMO_HOSTS }),
      from: "the demo profile (no DATABASE_URL)",
    };
  }
  const db = createDb(env.DATABASE_URL);
  try {
    const row = await db.show.findUnique({
      where: { slug: wanted },
      include: { hosts: { orderBy: { position: "asc" } } },
    });
    if (!row) throw new UsageError(`No show with the slug "${wanted}" in the database at DATABASE_URL.`);
    return { show: toStageShow(row), from: "the database" };
  } finally {
    await db.$disconnect();
  }
}

/** The most bytes MAX_SCRIPT_TEXT_CHARS characters take in UTF-8: a larger file is refused before it is read. */
const MAX_SCRIPT_BYTES = MAX_SCRIPT_TEXT_CHARS * 4;
/** Problems listed for a refused file: the first ones and a count, not a screenful per line of a wrong file. */
const MAX_LISTED_ERRORS = 20;

/** The script file as UTF-8 text (a BOM is dropped), its size checked before it is read; anything else is refused. */
async function readScript(file: string): Promise<string> {
  const missing = (error: NodeJS.ErrnoException): never => {
    throw new UsageError(error.code === "ENOENT" ? `The script file ${file} does not exist.` : error.message);
  };
  const info = await stat(file).catch(missing);
  if (!info.isFile()) throw new UsageError(`The script ${file} is not a file.`);
  if (info.size > MAX_SCRIPT_BYTES)
    throw new RefusedError(
      `${file}: the script is over ${MAX_SCRIPT_TEXT_CHARS} characters (the file has ${info.size} bytes).`,
    );
  const bytes = await readFile(file).catch(missing);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new RefusedError(`${file} is UTF-16 text, not UTF-8: save it as UTF-8 and try again.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new RefusedError(`${file} is not UTF-8 text (a binary file, or another encoding): save it as UTF-8.`);
  }
  // A NUL is valid UTF-8 but never in a script: UTF-16 without its byte-order mark, or a binary file.
  if (text.includes("\0"))
    throw new RefusedError(`${file} is not UTF-8 text (NUL bytes: UTF-16 or a binary file): save it as UTF-8.`);
  if (text.length > MAX_SCRIPT_TEXT_CHARS)
    throw new RefusedError(`${file}: the script is over ${MAX_SCRIPT_TEXT_CHARS} characters.`);
  return text;
}

const problems = (n: number) => `${n} problem${n === 1 ? "" : "s"}`;

/** The refusal's list: the first MAX_LISTED_ERRORS problems, then how many more there are. */
function listErrors(errors: ScriptTextError[]): string {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((e) => `  ${e.line > 0 ? `line ${e.line}: ` : ""}${e.reason}`);
  const more = errors.length - MAX_LISTED_ERRORS;
  return [...listed, ...(more > 0 ? [`  … and ${more} more`] : [])].join("\n");
}

async function assess(args: z.infer<typeof argsSchema>, env: NodeJS.ProcessEnv, warn: (m: string) => void) {
  const { show, from } = await loadShow(args.show, env);
  const parsed = parseScriptText(
    await readScript(args.script),
    show.hosts.map((h) => h.name),
  );
  if (!parsed.ok)
    throw new RefusedError(
      `${args.script} was refused (${problems(parsed.errors.length)}):\n${listErrors(parsed.errors)}`,
    );
  const script = parsed.script;
  const files = await readSourcesDir(args.sources, warn);
  const sources = files.map((f) => ({ sourceId: f.title, text: f.content }));
  const topic = args.topic ?? script.segments.map((s) => s.title).join("; ");
  const { brief, judgements } = await researchOfflineBrief(show, topic, sources);
  const spokenLines = script.segments.flatMap((s) =>
    s.lines.map((l) => ({
      speaker: l.speaker,
      text: optimizeForSpeech(l.text, { lexicon: show.pronunciationLexicon, engine: "plain" }).spokenText,
    })),
  );
  const count = (verdict: string) => judgements.filter((j) => j.verdict === verdict).length;
  const assessment = assessScript({
    script,
    show,
    topic,
    sources,
    keyPoints: brief.keyPoints.map((k) => k.text),
    research: {
      claimsSupported: count("SUPPORTED"),
      claimsUnsupported: count("UNSUPPORTED"),
      claimsContradicted: count("CONTRADICTED"),
      keyPoints: brief.keyPoints.length,
      keyPointsWithCitations: brief.keyPoints.filter((k) => k.sourceIds.length > 0 && k.claimIndexes.length > 0).length,
    },
    spokenLines,
    plannedMinutes: args.minutes,
  });
  const context = {
    script: args.script,
    show: { name: show.name, hosts: show.hosts.map((h) => h.name), from },
    sources: sources.map((s) => s.sourceId),
    topic,
    keyPoints: brief.keyPoints.map((k) => k.text),
  };
  return { context, assessment };
}

/** `npm run assess` without the process: arguments in, exit code and what it printed out. */
export async function runAssess(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<AssessResult> {
  const warnings: string[] = [];
  try {
    const args = parseCommandLine(argv);
    if (!args) return { code: 0, stdout: `${ASSESS_USAGE}\n`, stderr: "" };
    const { context, assessment } = await assess(args, env, (m) => warnings.push(m));
    const stderr = warnings.map((w) => `${w}\n`).join("");
    if (args.json) return { code: 0, stdout: `${JSON.stringify({ ...context, ...assessment }, null, 2)}\n`, stderr };
    const header = [
      `Script: ${context.script}, about ${assessment.spokenMinutes} min at ${WORDS_PER_MINUTE} words a minute, planned ${assessment.plannedMinutes} min`,
      `Show: ${context.show.name} (hosts ${context.show.hosts.join(", ")}), from ${context.show.from}`,
      `Sources: ${context.sources.join("; ")}`,
      `Topic: ${context.topic}`,
      `Key points (offline research brief, ${context.keyPoints.length}):`,
      ...context.keyPoints.map((k) => `  - ${k}`),
      "",
    ];
    return { code: 0, stdout: `${header.join("\n")}${formatScriptAssessment(assessment)}\n`, stderr };
  } catch (error) {
    if (error instanceof UsageError || error instanceof ProduceUsageError)
      return { code: 64, stdout: "", stderr: `${error.message}\n\n${ASSESS_USAGE}\n` };
    if (error instanceof RefusedError) return { code: 65, stdout: "", stderr: `${error.message}\n` };
    return {
      code: 1,
      stdout: "",
      stderr: `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    };
  }
}
