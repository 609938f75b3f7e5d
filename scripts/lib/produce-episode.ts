import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import Decimal from "decimal.js";
import { createDb, type Db } from "@/lib/db";
import { pipelineConfig } from "@/lib/config";
import { STAGES, type StageKey } from "@/lib/domain/stages";
import { audioTimelineSchema } from "@/lib/domain/audio-timeline";
import { formatCertificationMarkdown } from "@/lib/quality/assessment/format-certification";
import type { Certification } from "@/lib/quality/assessment/certify";
import { toWebVtt } from "@/lib/domain/to-webvtt";
import { createEpisode } from "@/lib/episodes/create-episode";
import { findCurrentMaster } from "@/lib/episodes/get-episode-audio";
import { getEpisodeCosts } from "@/lib/episodes/get-episode-costs";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { createProviders, type Providers } from "@/lib/providers/registry";
import { assertProvidersReady } from "@/lib/providers/check-providers-ready";
import { ingestUpload } from "@/lib/providers/sources/ingest-upload";
import { SourceError } from "@/lib/providers/sources/source-error";
import { StorageNotFoundError } from "@/lib/providers/storage/storage-errors";
import { openStudioDatabase } from "./studio-database";
import { migrateDeploy } from "./run";
import { startPipelineHost, type PipelineHost } from "./pipeline-host";

/**
 * One episode end to end on the configured providers, as `npm run produce` and `npm run bench:produce` run it:
 * the studio's database (migrated and seeded), the pipeline hosted in this process (scripts/lib/pipeline-host.ts),
 * auto-approval on the episode, progress polled from StageRun rows, then the master MP3, its WebVTT transcript and
 * the certification written to a folder.
 */
export interface ProduceOptions {
  topic: string;
  /** A folder of .txt, .md and .pdf files, read in name order. */
  sourcesDir?: string;
  /** Default: the demo show when it exists, else the oldest show. */
  showSlug?: string;
  minutes: number;
  /** Default: output/<yyyymmdd-hhmmss>-<slug of topic>/ under the current folder. */
  outDir?: string;
  env?: Record<string, string | undefined>;
  /** Stops waiting (the run itself is durable and continues when a pipeline engine serves it again). */
  signal?: AbortSignal;
}

export type StageState = "NOT_STARTED" | "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED" | "SKIPPED";

export interface StageProgress {
  key: StageKey;
  label: string;
  state: StageState;
  iteration: number;
  attempt: number;
  /** Final duration when finished; time so far while running. */
  durationMs: number | null;
  progress: number | null;
  note: string | null;
}

export interface ProgressSnapshot {
  episodeId: string;
  episodeStatus: string;
  /** Since the pipeline was requested. */
  elapsedMs: number;
  stages: StageProgress[];
}

export interface StageSummary {
  key: StageKey;
  label: string;
  /** Executions (iterations: a re-write after a failed brand score is a second run). */
  runs: number;
  /** Attempts over all runs (engine retries count). */
  attempts: number;
  durationMs: number;
  cost: Decimal;
  /** What the same usage would cost on hosted providers, when projected. */
  projectedCost: Decimal;
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

export interface OutputFiles {
  audio?: string;
  transcript?: string;
  certification?: string;
}

export type ProduceResult =
  | (Base & {
      outcome: "ready";
      outDir: string;
      files: Required<OutputFiles>;
      certification: { certified: boolean; report: unknown };
    })
  /** READY, but a row or file it should have produced is missing: `missing` says which; the rest was written. */
  | (Base & { outcome: "incomplete"; outDir: string; files: OutputFiles; missing: string[] })
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

export async function produceEpisode(options: ProduceOptions, callbacks: ProduceCallbacks = {}): Promise<ProduceResult> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const log = callbacks.onLog ?? (() => {});

  const sources = options.sourcesDir ? await readSourcesDir(options.sourcesDir, log) : [];

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
      restorePreviousApps: { onRestoreFailed: (url, error) => log(`Could not hand the pipeline back to ${url}: ${String(error)}`) },
    });
    // Adapters are chosen now, so a configuration error stops produce before an episode exists.
    const active = await getProviders(host.db);
    log(
      `Providers: writer ${active.writer.id}, speech ${active.speech.id}, transcription ${active.transcriber.id}, ` +
        `search ${active.search.id}, storage ${active.storage.id}`,
    );
    // Every hosted model priced and every hosted provider answering, before the episode exists and anything is spent.
    await assertProvidersReady(db, active, { health: true });

    const requested = Date.now();
    // As the studio creates one (the use case requests the pipeline itself), with auto-approval on.
    const episode = await createEpisode(
      db,
      host.dispatch,
      { showId: show.id, topic: options.topic, targetMinutes: options.minutes, sources },
      { id: user.id, email: user.email, name: user.name, role: user.role },
      { autoApprove: true },
    );
    const studioUrl = `http://localhost:${env.PORT ?? 3000}/episodes/${episode.id}`;
    log(`Episode ${episode.id} on "${show.name}" (${show.slug}), ${options.minutes} min, ${sources.length} source(s), auto-approval on`);

    const final = await waitForOutcome(db, episode.id, requested, callbacks, options.signal);
    const readyAt = Date.now();
    const base = { episodeId: episode.id, title: episode.title, studioUrl };
    const timings = () => ({ setupMs: requested - started, pipelineMs: readyAt - requested, totalMs: Date.now() - started });

    if (final.status !== "READY") {
      const stages = await summariseStages(db, episode.id);
      if (final.status === "CANCELLED") return { ...base, outcome: "cancelled", reason: final.statusReason ?? "Cancelled.", stages, timings: timings() };
      if (final.status === "NEEDS_ATTENTION") {
        return { ...base, outcome: "needs-attention", reason: final.statusReason ?? "The pipeline stopped.", failedStage: await failedStage(db, episode.id), stages, timings: timings() };
      }
      const reason =
        final.status === "PAUSED_BUDGET"
          ? `Paused for budget: ${final.statusReason ?? "an admin must resume or raise the budget"}.`
          : `The ${final.status === "AWAITING_SCRIPT_APPROVAL" ? "script" : "final"} gate awaits an editor's review.`;
      return { ...base, outcome: "awaiting-studio", reason, failures: await failedChecks(db, episode.id), stages, timings: timings() };
    }

    const outDir = path.resolve(options.outDir ?? defaultOutDir(options.topic));
    const written = await writeOutputs(db, active, episode.id, outDir);
    const stages = await summariseStages(db, episode.id);
    if (written.missing.length > 0 || !written.certification) {
      return { ...base, outcome: "incomplete", outDir, files: written.files, missing: written.missing, stages, timings: timings() };
    }
    return { ...base, outcome: "ready", outDir, files: written.files as Required<OutputFiles>, certification: written.certification, stages, timings: timings() };
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
      error.code === "ENOENT" ? `The sources folder ${dir} does not exist.` : error.code === "ENOTDIR" ? `${dir} is not a folder.` : `Cannot read ${dir}: ${error.message}`,
    );
  });
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith(".")).map((e) => e.name).sort();
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
  if (sources.length > 20) throw new ProduceUsageError(`The sources folder ${dir} has ${sources.length} files; an episode takes at most 20 sources.`);
  return sources;
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

async function waitForOutcome(db: Db, episodeId: string, since: number, callbacks: ProduceCallbacks, signal?: AbortSignal) {
  for (;;) {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Stopped.");
    const [episode, runs, pendingGate] = await Promise.all([
      db.episode.findUniqueOrThrow({ where: { id: episodeId }, select: { status: true, statusReason: true } }),
      db.stageRun.findMany({
        where: { episodeId },
        select: { stage: true, iteration: true, attempt: true, status: true, durationMs: true, startedAt: true, progress: true, progressNote: true },
        orderBy: [{ iteration: "asc" }, { startedAt: "asc" }],
      }),
      db.gate.findFirst({ where: { episodeId, status: "PENDING" }, select: { id: true } }),
    ]);
    const now = Date.now();
    const stages = STAGES.map(({ key, label }): StageProgress => {
      const run = runs.filter((r) => r.stage === key).at(-1);
      if (!run) return { key, label, state: "NOT_STARTED", iteration: 0, attempt: 0, durationMs: null, progress: null, note: null };
      const running = run.status === "RUNNING";
      return {
        key,
        label,
        state: run.status,
        iteration: run.iteration,
        attempt: run.attempt,
        durationMs: running && run.startedAt ? now - run.startedAt.getTime() : run.durationMs,
        progress: run.status === "SUCCEEDED" ? 1 : run.progress,
        note: run.progressNote,
      };
    });
    callbacks.onProgress?.({ episodeId, episodeStatus: episode.status, elapsedMs: now - since, stages });

    const awaitingPerson = (episode.status === "AWAITING_SCRIPT_APPROVAL" || episode.status === "AWAITING_FINAL_APPROVAL") && pendingGate;
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

// ---------- Outcome details ----------

/** Each stage that ran: its runs, attempts and time from its StageRun rows, its cost from the ledger (the Costs tab's). */
export async function summariseStages(db: Db, episodeId: string): Promise<StageSummary[]> {
  const [runs, costs] = await Promise.all([
    db.stageRun.findMany({ where: { episodeId }, select: { stage: true, attempt: true, durationMs: true } }),
    getEpisodeCosts(db, episodeId),
  ]);
  return STAGES.flatMap(({ key, label }) => {
    const mine = runs.filter((r) => r.stage === key);
    if (mine.length === 0) return [];
    const ledger = costs.stages.find((s) => s.key === key);
    const cost = new Decimal(ledger?.amount ?? 0);
    return [
      {
        key,
        label,
        runs: mine.length,
        attempts: mine.reduce((n, r) => n + r.attempt, 0),
        durationMs: mine.reduce((n, r) => n + (r.durationMs ?? 0), 0),
        cost,
        // Hosted calls cost what they cost; offline ones (unpriced, so $0) at the projection of their hosted price.
        projectedCost: cost.plus(ledger?.projected ?? 0),
      },
    ];
  });
}

async function failedStage(db: Db, episodeId: string) {
  const run = await db.stageRun.findFirst({ where: { episodeId, status: "FAILED" }, orderBy: [{ endedAt: { sort: "desc", nulls: "last" } }], select: { stage: true, error: true } });
  if (!run) return null;
  return { label: STAGES.find((s) => s.key === run.stage)?.label ?? run.stage, error: run.error ?? "no error recorded" };
}

const CHECKED_STAGES = STAGES.filter((s) => s.key === "brand-validator" || s.key === "audio-validator" || s.phase === "quality");

/** What the latest brand, audio and quality checks said, for each that did not pass. */
export async function failedChecks(db: Db, episodeId: string): Promise<string[]> {
  const runs = await db.stageRun.findMany({
    where: { episodeId, stage: { in: CHECKED_STAGES.map((s) => s.key) }, status: "SUCCEEDED" },
    orderBy: [{ iteration: "desc" }, { endedAt: "desc" }],
    select: { stage: true, output: true },
  });
  const lines: string[] = [];
  for (const { key, label } of CHECKED_STAGES) {
    const output = runs.find((r) => r.stage === key)?.output;
    if (!isRecord(output) || output.passed !== false) continue;
    lines.push(`${label}: ${describeFailure(output)}`);
  }
  return lines;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A stage output's failing parts in a line: failed checks, violations, a score under its threshold, its detail. */
export function describeFailure(output: Record<string, unknown>): string {
  const parts: string[] = [];
  const score = typeof output.overall === "number" ? output.overall : typeof output.score === "number" ? output.score : null;
  if (score !== null) parts.push(`scored ${score.toFixed(1)}${typeof output.threshold === "number" ? ` (needs ${output.threshold})` : ""}`);
  if (Array.isArray(output.checks)) {
    for (const c of output.checks.filter(isRecord).filter((c) => c.passed === false)) {
      const name = c.label ?? c.name ?? c.key ?? "check";
      const detail = c.detail ?? [c.value !== undefined && `value ${String(c.value)}`, c.threshold !== undefined && `threshold ${String(c.threshold)}`].filter(Boolean).join(", ");
      parts.push(`${String(name)} failed${detail ? ` (${String(detail)})` : ""}`);
    }
  }
  if (Array.isArray(output.violations) && output.violations.length > 0) {
    const shown = output.violations.filter(isRecord).slice(0, 5).map((v) => `${String(v.rule ?? "rule")} "${String(v.text ?? "")}"${v.line !== undefined ? ` (line ${String(v.line)})` : ""}`);
    parts.push(`violations: ${shown.join("; ")}${output.violations.length > 5 ? `; and ${output.violations.length - 5} more` : ""}`);
  }
  if (typeof output.detail === "string" && output.detail) parts.push(output.detail);
  return parts.join("; ") || "did not pass";
}

// ---------- Output ----------

async function writeOutputs(db: Db, providers: Providers, episodeId: string, outDir: string) {
  await mkdir(outDir, { recursive: true });
  const target = { audio: path.join(outDir, "episode.mp3"), transcript: path.join(outDir, "transcript.vtt"), certification: path.join(outDir, "certification.json") };
  const files: OutputFiles = {};
  const missing: string[] = [];

  const master = await findCurrentMaster(db, episodeId);
  if (!master) {
    missing.push("no master audio (no AudioAsset row of kind MASTER), so neither episode.mp3 nor transcript.vtt");
  } else {
    const partial = `${target.audio}.partial`;
    try {
      const { body } = await providers.storage.get(master.storageKey);
      await pipeline(body, createWriteStream(partial));
      await rename(partial, target.audio);
      files.audio = target.audio;
    } catch (error) {
      await rm(partial, { force: true });
      if (!(error instanceof StorageNotFoundError)) throw error;
      missing.push(`the master audio's file "${master.storageKey}" is not in ${providers.storage.id} storage, so no episode.mp3`);
    }
    const timeline = master.timeline === null ? null : audioTimelineSchema.safeParse(master.timeline);
    if (!timeline) missing.push("the master audio has no timeline (AudioAsset.timeline is empty), so no transcript.vtt");
    else if (!timeline.success) missing.push(`the master audio's timeline is malformed (${timeline.error.issues[0]?.message}), so no transcript.vtt`);
    else {
      await writeFile(target.transcript, toWebVtt(timeline.data));
      files.transcript = target.transcript;
    }
  }

  const [certification, episode] = await Promise.all([
    db.certification.findFirst({ where: { episodeId }, orderBy: { createdAt: "desc" } }),
    db.episode.findUniqueOrThrow({ where: { id: episodeId }, select: { title: true } }),
  ]);
  if (!certification) missing.push("no Certification row, so no certification.json");
  else {
    const document = { episodeId, title: episode.title, certified: certification.certified, createdAt: certification.createdAt.toISOString(), report: certification.report };
    await writeFile(target.certification, `${JSON.stringify(document, null, 2)}\n`);
    // The same report as a page a person reads, beside the JSON.
    await writeFile(target.certification.replace(/\.json$/, ".md"), formatCertificationMarkdown(certification.report as unknown as Certification));
    files.certification = target.certification;
  }
  return { files, missing, certification: certification ? { certified: certification.certified, report: certification.report } : null };
}
