/**
 * `npm start`: everything the studio needs, in one command, supervised. Uses DATABASE_URL when set, else an embedded
 * PostgreSQL under .data/; applies migrations; seeds the demo workspace on first run; starts the offline pipeline
 * engine (unless INNGEST_* names a real Inngest server), the pipeline worker it drives and the web server (building
 * first when sources changed), each a process of its own, and restarts any of them that exits unexpectedly, with
 * backoff. The database runs in this process and is never stopped because another part died. The parts stop when
 * this process dies, however it dies; Ctrl-C or SIGTERM stops them all, then the database. See README, Quick start.
 * It is not tied to its own parent (npm, a shell, the tsx CLI): `nohup npm start &` keeps running.
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db";
import { syncApp } from "@/lib/engine/app-sync";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { openStudioDatabase } from "./lib/studio-database";
import { migrateDeploy } from "./lib/run";
import { authSecret } from "./lib/auth-secret";
import { dataDir } from "@/lib/data-dir";
import { workerAddress } from "@/lib/net/worker-address";
import { buildIfNeeded } from "./lib/build-if-needed";
import { webServerEnv } from "./lib/web-server-env";
import { webServerArgs } from "./lib/bundle-web-server";
import { PIPELINE_WORKER_ARGS } from "./lib/start-pipeline-worker";
import { offlineEngineEnv, offlineKeysWarning, spawnPipelineEngine, usesExternalInngest } from "./lib/pipeline-engine";
import { saysListening, spawnPart } from "./lib/spawn-part";
import { superviseProcess, type SupervisedProcess } from "./lib/supervise-process";
import { STUDIO_RUN_VAR } from "./lib/studio-processes";
import {
  clearLeftovers,
  ensurePortsFree,
  readStudioState,
  removeStudioState,
  writeStudioState,
} from "./lib/studio-state";
import { readPostmaster, stopPostmaster } from "./lib/postmaster";
import { onStopSignal } from "./lib/on-stop-signal";

const port = Number(process.env.PORT ?? 3000);
const worker = workerAddress(process.env);
const workerPort = worker.port;
const enginePort = Number(process.env.INNGEST_ENGINE_PORT ?? 8288);
const externalInngest = usesExternalInngest();
const log = (message: string) => console.log(`[studio] ${message}`);

async function main() {
  const started = Date.now();
  const runId = randomUUID();
  // What has been started, stopped in reverse order on exit, or when a later step fails (a port taken, a build
  // error), so a failed start leaves nothing running behind it.
  const running: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("Stopping…");
    await stopAll();
    process.exit(code);
  };
  onStopSignal(() => void stop(0)); // the parts first, then the database

  const keysWarning = offlineKeysWarning();
  if (keysWarning) console.warn(`[studio] Warning: ${keysWarning}`);
  try {
    const previous = readStudioState(log);
    await clearLeftovers(previous, log);
    await ensurePortsFree([
      { port, variable: "PORT", part: "web server" },
      { port: workerPort, variable: "SHOWRUNNER_WORKER_PORT", part: "pipeline worker" },
      ...(externalInngest ? [] : [{ port: enginePort, variable: "INNGEST_ENGINE_PORT", part: "pipeline engine" }]),
    ]);

    const { url: databaseUrl, description, server } = await openStudioDatabase();
    // The embedded server is this start's to stop when it started it, or when a killed start that owned it left it
    // running (taken over as it is, rather than restarted: sessions of the old parts are gone with them).
    let postgresStartedAt: string | undefined;
    if (server) {
      const postmaster = await readPostmaster(databaseUrl);
      const startedHere = Date.parse(postmaster.startedAt) >= performance.timeOrigin;
      const leftBehind = previous?.postgresStartedAt === postmaster.startedAt;
      if (startedHere || leftBehind) {
        postgresStartedAt = postmaster.startedAt;
        running.push(() => stopPostmaster(postmaster, log));
      }
      if (leftBehind) log(`Taking over the embedded PostgreSQL a previous start left running (pid ${postmaster.pid}).`);
    }
    writeStudioState({ runId, pid: process.pid, postgresStartedAt });
    running.push(() => removeStudioState(runId));
    console.log(`Database: ${description}`);
    await migrateDeploy(databaseUrl, true);

    const db = createDb(databaseUrl);
    const { credentials } = await seedDemoWorkspace(db);
    await db.$disconnect();

    const workerServeUrl = `${worker.origin}/api/inngest`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...(externalInngest ? {} : offlineEngineEnv(process.env, `http://127.0.0.1:${enginePort}`)),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret(),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      SHOWRUNNER_WORKER_PORT: String(workerPort),
      [STUDIO_RUN_VAR]: runId,
    };
    const supervise = async (part: Parameters<typeof superviseProcess>[0]) => {
      const supervised: SupervisedProcess = await superviseProcess(part, { log, runId });
      running.push(() => supervised.stop());
    };

    if (externalInngest) {
      log(
        `Pipeline engine: the Inngest server named by INNGEST_* variables; sync the worker's ${workerServeUrl} with it`,
      );
    } else {
      await supervise({
        name: "pipeline engine",
        spawn: () => spawnPipelineEngine(env, enginePort, workerServeUrl),
        ready: (child) => saysListening(child, "pipeline engine"),
      });
      log(
        `Pipeline engine: offline engine on http://127.0.0.1:${enginePort} (runs kept in PostgreSQL; keys: INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY, else generated in ${dataDir()})`,
      );
    }
    await supervise({
      name: "pipeline worker",
      spawn: () => spawnPart(PIPELINE_WORKER_ARGS, env),
      ready: (child) => saysListening(child, "pipeline worker"),
    });
    // The engine syncs the worker on its own, retrying with backoff; one sync awaited here means the functions are
    // registered before the studio says ready, so an episode created at once is not an event no function matches.
    if (!externalInngest) await syncApp(workerServeUrl, { timeoutMs: 60_000 });

    await buildIfNeeded(env);
    const webServer = webServerArgs(port);
    await supervise({
      name: "web server",
      spawn: () => spawnPart(webServer, webServerEnv(env)),
      ready: (child) => saysListening(child, "web server"),
    });

    console.log(
      `\nShowrunner is ready at http://localhost:${port} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    if (credentials.length > 0) {
      console.log("\nDemo accounts (passwords are shown this once; they are stored only as hashes):");
      for (const c of credentials) console.log(`  ${c.role.padEnd(9)} ${c.email.padEnd(28)} ${c.password}`);
      console.log("");
    } else {
      console.log("Sign in with your account (demo accounts were created and printed on the first start).");
    }
  } catch (error) {
    stopping = true;
    await stopAll();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
