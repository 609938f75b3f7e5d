/**
 * The studio as Playwright sees it: a production build served against a fresh, migrated and seeded database of
 * its own (dropped on exit; leftovers of killed runs are dropped on the next start), with the pipeline arranged as
 * `npm start` arranges it: the offline engine and the worker in processes of their own, the web server under its memory
 * cap, all stopping when this process dies (not restarted: a journey that kills a part should fail).
 */
import { writeFileSync } from "node:fs";
import { createDb } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { E2E_PASSWORDS } from "@/e2e/users";
import { webServerPidFile } from "@/e2e/web-server-pid";
import { DEMO_HOSTS, DEMO_SHOW, DEMO_SHOW_BUDGET } from "@/lib/seed/demo-show";
import { startDatabaseServer } from "./lib/database-server";
import { migrateDeploy } from "./lib/run";
import { buildIfNeeded } from "./lib/build-if-needed";
import { webServerEnv } from "./lib/web-server-env";
import { webServerArgs } from "./lib/bundle-web-server";
import { offlineEngineEnv, spawnPipelineEngine, usesExternalInngest } from "./lib/pipeline-engine";
import { saysListening, spawnPart } from "./lib/spawn-part";
import { stopChild } from "./lib/supervise-process";
import { startPipelineWorker } from "./lib/start-pipeline-worker";
import { freePort } from "./lib/free-port";
import { onStopSignal } from "./lib/on-stop-signal";
import { syncApp } from "@/lib/engine/app-sync";

const port = Number(process.env.E2E_PORT ?? 3100);
const server = await startDatabaseServer(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
await server.dropDatabasesLike("showrunner_e2e_%");
const name = `showrunner_e2e_${Date.now().toString(36)}`;
await server.createDatabase(name);
const databaseUrl = server.urlFor(name);
await migrateDeploy(databaseUrl, true);
const db = createDb(databaseUrl);
await seedDemoWorkspace(db, E2E_PASSWORDS);
// A second show with a budget of its own, for the journey that lowers a budget without touching the demo show.
await db.show.create({
  data: {
    ...DEMO_SHOW,
    slug: "budget-lab",
    name: "Budget Lab",
    hosts: { create: DEMO_HOSTS },
    budgetPolicy: {
      create: {
        episodeDefault: DEMO_SHOW_BUDGET.episodeDefault,
        episodeHardCap: DEMO_SHOW_BUDGET.episodeHardCap,
        monthlyCap: DEMO_SHOW_BUDGET.monthlyCap,
      },
    },
  },
});
// A third, whose over-cap action is to pause, for the journey that resumes a budget pause.
await db.show.create({
  data: {
    ...DEMO_SHOW,
    slug: "resume-lab",
    name: "Resume Lab",
    hosts: { create: DEMO_HOSTS },
    budgetPolicy: {
      create: {
        episodeDefault: DEMO_SHOW_BUDGET.episodeDefault,
        episodeHardCap: DEMO_SHOW_BUDGET.episodeHardCap,
        monthlyCap: DEMO_SHOW_BUDGET.monthlyCap,
        onExceed: "PAUSE",
      },
    },
  },
});
await db.$disconnect();

const workerPort = await freePort();
const enginePort = Number(process.env.E2E_ENGINE_PORT ?? 8289);
const env = {
  ...process.env,
  ...(usesExternalInngest() ? {} : offlineEngineEnv(process.env, `http://127.0.0.1:${enginePort}`)),
  SHOWRUNNER_GATE_TIMEOUT: "10m",
  SHOWRUNNER_WORKER_PORT: String(workerPort),
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};
// The engine and the worker start side by side: neither waits for the other (the engine syncs the worker when it answers).
const engine = usesExternalInngest()
  ? undefined
  : spawnPipelineEngine(env, enginePort, `http://127.0.0.1:${workerPort}/api/inngest`);
const [worker] = await Promise.all([
  startPipelineWorker(env, workerPort),
  engine && saysListening(engine, "pipeline engine"),
]);
// Registered before the first journey sends an event (see scripts/start.ts).
if (engine) await syncApp(`http://127.0.0.1:${workerPort}/api/inngest`, { timeoutMs: 60_000 });
await buildIfNeeded(env);
const web = spawnPart(webServerArgs(port), webServerEnv(env));
writeFileSync(webServerPidFile(port), String(web.pid));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Each part's process group, children too; SIGKILL for a part that does not stop within 10 s.
  await Promise.all([web, worker.child, engine].map((child) => child && stopChild(child)));
  await server.dropDatabase(name).catch(() => {});
  await server.stop();
  process.exit(0);
}
onStopSignal(() => void stop()); // the parts first, then the database
web.on("exit", () => void stop());
worker.child.on("exit", () => void stop());
engine?.on("exit", () => void stop());
