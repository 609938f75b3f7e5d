import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { createEpisode } from "@/lib/episodes/create-episode";
import { listScriptTextErrors, parseScriptText, type ParsedScriptText } from "@/lib/domain/parse-script-text";
import { MAX_SCRIPT_TEXT_BYTES } from "@/lib/domain/script-limits";
import { formatBytes } from "@/lib/domain/source-limits";
import { exportEpisode, type ExportedFiles } from "@/lib/episodes/export-episode";
import { getFailedChecks, getFailedStage } from "@/lib/episodes/get-episode-failures";
import { getStageProgress, type StageProgress } from "@/lib/episodes/get-stage-progress";
import { summariseStages, type StageSummary } from "@/lib/episodes/summarise-stages";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { createProviders, type Providers } from "@/lib/providers/registry";
import { assertProvidersReady, findUnpricedProjections } from "@/lib/providers/check-providers-ready";
import { listProjectionTargets } from "@/lib/providers/list-hosted-equivalents";
import { ingestUpload } from "@/lib/providers/sources/ingest-upload";
import { SourceError } from "@/lib/providers/sources/source-error";
import { openStudioDatabase } from "./studio-database";
import { migrateDeploy } from "./run";
import { startPipelineHost, type PipelineHost } from "./pipeline-host";
import { feedNotReadyForPublish, publishProduced, type ProducePublication } from "./produce-publish";

/**
 * One episode end to end on the configured providers, as `npm run produce` and `npm run bench:produce` run it:
 * the studio's database (migrated and seeded), the pipeline hosted in this process (scripts/lib/pipeline-host.ts),
 * auto-approval on the episode, progress polled from StageRun rows, then the episode exported to a folder (its master
 * MP3, WebVTT transcript and certification: lib/episodes/export-episode.ts).
 */
export interface ProduceOptions {
  /** Required unless a script is given; then it defaults to the script's segment titles. */
  topic?: string;
  /** A finished script in the plain-text format (lib/domain/parse-script-text.ts): research and writing are skipped. */
  scriptFile?: string;
  /** A folder of .txt, .md and .pdf files, read in name order. */
  sourcesDir?: string;
  /** Default: the demo show when it exists, else the oldest show. */
  showSlug?: string;
  minutes: number;
  /** Default: output/<yyyymmdd-hhmmss>-<slug of topic>/ under the current folder. */
  outDir?: string;
  env?: Record<string, string | undefined>;
  /** Publish the episode once it is Ready (`--publish`); its feed must be ready before anything is produced. */
  publish?: boolean;
  /** Stops waiting (the run itself is durable and continues when a pipeline engine serves it again). */
  signal?: AbortSignal;
}

export interface ProgressSnapshot {
  episodeId: string;
  episodeStatus: string;
  /** Since the pipeline was requested. */
  elapsedMs: number;
  stages: StageProgress[];
}

export interface Timings {
  /** Start of produce to the pipeline request: database, migrations, seed, sources, engine. */
  setupMs: number;
  /** Pipeline request to the episode's terminal (or waiting) status. */
  pipelineMs: number;
  totalMs: number;
}

interface Base {
  episodeId: string;
  title: string;
  /** The episode's page in the studio. */
  studioUrl: string;
  timings: Timings;
  stages: StageSummary[];
}

export type ProduceResult =
  | (Base & {
      outcome: "ready";
      outDir: string;
      files: Required<ExportedFiles>;
      certification: { certified: boolean; report: unknown };
      /** With `publish`: its public URLs, or why it was refused. */
      publication?: ProducePublication;
    })
  /** READY, but a row or file it should have produced is missing: `missing` says which; the rest was written. */
  | (Base & { outcome: "incomplete"; outDir: string; files: ExportedFiles; missing: string[] })
  /** A gate opened for a person (a check failed, so auto-approval did not apply) or the run paused for budget. */
  | (Base & { outcome: "awaiting-studio"; reason: string; failures: string[] })
  | (Base & { outcome: "needs-attention"; reason: string; failedStage: { label: string; error: string } | null })
  | (Base & { outcome: "cancelled"; reason: string });

export interface ProduceCallbacks {
  onProgress?(snapshot: ProgressSnapshot): void;
  /** Set-up steps and warnings, one line each. */
  onLog?(message: string): void;
}

/** Bad input that a usage message should explain (unknown show, unreadable sources folder). */
export class ProduceUsageError extends Error {}

export const POLL_MS = 200;

export async function produceEpisode(
  options: ProduceOptions,
  callbacks: ProduceCallbacks = {},
): Promise<ProduceResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const log = callbacks.onLog ?? (() => {});

  const sources = options.sourcesDir ? await readSourcesDir(options.sourcesDir, log) : [];
  const scriptText = options.scriptFile ? await readScriptFile(options.scriptFile) : undefined;
  if (scriptText === undefined && !options.topic) throw new ProduceUsageError("--topic is required (or --script).");

  const database = await openStudioDatabase(env);
  let db: Db | undefined;
  let host: PipelineHost | undefined;
  try {
    log(`Database: ${database.description}`);
    await migrateDeploy(database.url, true);
    db = createDb(database.url);
    const { credentials } = await seedDemoWorkspace(db);
    if (credentials.length > 0) {
      log("Demo accounts for the studio (passwords are shown this once; only their hashes are stored):");
      for (const c of credentials) log(`  ${c.role.padEnd(9)} ${c.email.padEnd(28)} ${c.password}`);
    }

    const show = await findShow(db, options.showSlug);
    const notReady = options.publish ? await feedNotReadyForPublish(db, show.id) : null;
    if (notReady) throw new Error(notReady);
    const user =
      (await db.user.findFirst({ where: { role: "PRODUCER", disabledAt: null }, orderBy: { createdAt: "asc" } })) ??
      (await db.user.findFirst({ where: { role: "ADMIN", disabledAt: null }, orderBy: { createdAt: "asc" } }));
    if (!user) throw new Error("No active producer or admin account exists to create the episode as.");

    let providers: Promise<Providers> | undefined;
    const getProviders = (hostDb: Db) => (providers ??= createProviders(env, hostDb));
    host = await startPipelineHost(database.url, {
      providers: getProviders,
      config: pipelineConfig(env),
      engine: { log: { info() {}, warn: (m) => log(`engine: ${m}`), error: (m) => log(`engine: ${m}`) } },
      restorePreviousApps: {
        onRestoreFailed: (url, error) => log(`Could not hand the pipeline back to ${url}: ${String(error)}`),
      },
    });
    // Adapters are chosen now, so a configuration error stops produce before an episode exists.
    const active = await getProviders(host.db);
    log(
      `Providers: writer ${active.writer.id}, speech ${active.speech.id}, transcription ${active.transcriber.id}, ` +
        `search ${active.search.id}, storage ${active.storage.id}`,
    );
    // Every hosted model priced and every hosted provider answering, before the episode exists and anything is spent.
    await assertProvidersReady(db, active, { health: true });
    for (const line of await findUnpricedProjections(db, listProjectionTargets(active.hostedEquivalents)))
      log(`Warning: ${line}`);

    // A supplied script is checked against this show's hosts before anything is spent, every problem listed.
    let topic = options.topic ?? "";
    if (scriptText !== undefined) {
      const script = checkScript(
        options.scriptFile!,
        parseScriptText(
          scriptText,
          (await db.host.findMany({ where: { showId: show.id }, orderBy: { position: "asc" } })).map((h) => h.name),
        ),
      );
      topic ||= script.segments
        .map((s) => s.title)
        .join("; ")
        .slice(0, 500)
        .padEnd(5, ".");
    }

    const requested = Date.now();
    // As the studio creates one (the use case requests the pipeline itself), with auto-approval on.
    const episode = await createEpisode(
      db,
      host.dispatch,
      { showId: show.id, topic, targetMinutes: options.minutes, sources, script: scriptText },
      { id: user.id, email: user.email, name: user.name, role: user.role },
      { autoApprove: true },
    );
    const studioUrl = `http://localhost:${env.PORT ?? 3000}/episodes/${episode.id}`;
    log(
      `Episode ${episode.id} on "${show.name}" (${show.slug}), ` +
        (scriptText === undefined
          ? `${options.minutes} min`
          : "from the script (research and writing skipped; its own length)") +
        `, ${sources.length} source(s), auto-approval on`,
    );

    const final = await waitForOutcome(db, episode.id, requested, callbacks, options.signal);
    const readyAt = Date.now();
    const base = { episodeId: episode.id, title: episode.title, studioUrl };
    const timings = () => ({
      setupMs: requested - started,
      pipelineMs: readyAt - requested,
      totalMs: Date.now() - started,
    });

    if (final.status !== "READY") {
      const stages = await summariseStages(db, episode.id);
      if (final.status === "CANCELLED")
        return {
          ...base,
          outcome: "cancelled",
          reason: final.statusReason ?? "Cancelled.",
          stages,
          timings: timings(),
        };
      if (final.status === "NEEDS_ATTENTION") {
        return {
          ...base,
          outcome: "needs-attention",
          reason: final.statusReason ?? "The pipeline stopped.",
          failedStage: await getFailedStage(db, episode.id),
          stages,
          timings: timings(),
        };
      }
      const reason =
        final.status === "PAUSED_BUDGET"
          ? `Paused for budget: ${final.statusReason ?? "an admin must resume or raise the budget"}.`
          : `The ${final.status === "AWAITING_SCRIPT_APPROVAL" ? "script" : "final"} gate awaits an editor's review.`;
      return {
        ...base,
        outcome: "awaiting-studio",
        reason,
        failures: await getFailedChecks(db, episode.id),
        stages,
        timings: timings(),
      };
    }

    const outDir = path.resolve(options.outDir ?? defaultOutDir(topic));
    const written = await exportEpisode(db, active.storage, episode.id, outDir);
    const stages = await summariseStages(db, episode.id);
    if (written.missing.length > 0 || !written.certification) {
      return {
        ...base,
        outcome: "incomplete",
        outDir,
        files: written.files,
        missing: written.missing,
        stages,
        timings: timings(),
      };
    }
    return {
      ...base,
      outcome: "ready",
      outDir,
      files: written.files as Required<ExportedFiles>,
      certification: written.certification,
      ...(options.publish && { publication: await publishProduced(db, active.storage, episode.id, env) }),
      stages,
      timings: timings(),
    };
  } finally {
    await host?.close().catch((error: unknown) => log(`Closing the pipeline host failed: ${String(error)}`));
    await db?.$disconnect();
    await database.server?.stop();
  }
}

// ---------- Input ----------

/** Every file of the folder through the upload route's reader, in name order; unsupported types are skipped. */
export async function readSourcesDir(dir: string, warn: (message: string) => void) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ProduceUsageError(
      error.code === "ENOENT"
        ? `The sources folder ${dir} does not exist.`
        : error.code === "ENOTDIR"
          ? `${dir} is not a folder.`
          : `Cannot read ${dir}: ${error.message}`,
    );
  });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
  const sources: { title: string; kind: "TEXT" | "MARKDOWN" | "PDF"; content: string }[] = [];
  for (const name of files) {
    try {
      const source = await ingestUpload({ filename: name, data: new Uint8Array(await readFile(path.join(dir, name))) });
      if (source.kind !== "TEXT" && source.kind !== "MARKDOWN" && source.kind !== "PDF") continue;
      sources.push({ title: source.title.slice(0, 200), kind: source.kind, content: source.content });
    } catch (error) {
      if (error instanceof SourceError && error.reason === "unsupported_type") {
        warn(`Skipping ${name}: only .txt, .md and .pdf files are read.`);
        continue;
      }
      throw new ProduceUsageError(error instanceof Error ? error.message : String(error));
    }
  }
  if (sources.length === 0) throw new ProduceUsageError(`The sources folder ${dir} has no .txt, .md or .pdf files.`);
  if (sources.length > 20)
    throw new ProduceUsageError(
      `The sources folder ${dir} has ${sources.length} files; an episode takes at most 20 sources.`,
    );
  return sources;
}

/** The script file as UTF-8 text, its size checked before it is read. */
export async function readScriptFile(file: string): Promise<string> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new ProduceUsageError(
      error.code === "ENOENT" ? `The script file ${file} does not exist.` : `Cannot read ${file}: ${error.message}`,
    );
  });
  if (!info.isFile()) throw new ProduceUsageError(`The script ${file} is not a file.`);
  if (info.size > MAX_SCRIPT_TEXT_BYTES)
    throw new ProduceUsageError(`The script ${file} is larger than ${formatBytes(MAX_SCRIPT_TEXT_BYTES)}.`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch {
    throw new ProduceUsageError(`${file} is not UTF-8 text: save it as UTF-8.`);
  }
}

function checkScript(file: string, parsed: ParsedScriptText) {
  if (parsed.ok) return parsed.script;
  const lines = listScriptTextErrors(parsed.errors).map((l) => `  ${l}`);
  throw new ProduceUsageError(`${file} was refused (${parsed.errors.length} problem(s)):\n${lines.join("\n")}`);
}

async function findShow(db: Db, slug: string | undefined) {
  const shows = await db.show.findMany({ select: { id: true, slug: true, name: true }, orderBy: { createdAt: "asc" } });
  if (slug === undefined) {
    const show = shows.find((s) => s.slug === "signal-and-noise") ?? shows[0];
    if (!show) throw new ProduceUsageError("There is no show yet: create one in the studio, or pass --show.");
    return show;
  }
  const show = shows.find((s) => s.slug === slug);
  if (!show) {
    throw new ProduceUsageError(`There is no show "${slug}". Shows: ${shows.map((s) => s.slug).join(", ") || "none"}.`);
  }
  return show;
}

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "episode"
  );
}

export function defaultOutDir(topic: string, now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  return path.join("output", `${stamp}-${slugify(topic)}`);
}

// ---------- Progress ----------

const SETTLED = new Set(["READY", "NEEDS_ATTENTION", "CANCELLED", "PAUSED_BUDGET"]);

async function waitForOutcome(
  db: Db,
  episodeId: string,
  since: number,
  callbacks: ProduceCallbacks,
  signal?: AbortSignal,
) {
  for (;;) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Stopped.");
    const now = Date.now();
    const { episode, stages, gatePending } = await getStageProgress(db, episodeId, now);
    callbacks.onProgress?.({ episodeId, episodeStatus: episode.status, elapsedMs: now - since, stages });

    const awaitingPerson =
      (episode.status === "AWAITING_SCRIPT_APPROVAL" || episode.status === "AWAITING_FINAL_APPROVAL") && gatePending;
    if (SETTLED.has(episode.status) || awaitingPerson) return episode;
    await sleep(POLL_MS, signal);
  }
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
