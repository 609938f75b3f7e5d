/**
 * The studio as Playwright sees it: a production build served against a fresh, migrated and seeded database of
 * its own (dropped on exit; leftovers of killed runs are dropped on the next start), with the pipeline arranged as
 * `npm start` arranges it: the offline engine driving the worker process, the web server under its memory cap.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createDb } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { E2E_PASSWORDS } from "@/e2e/users";
import { webServerPidFile } from "@/e2e/web-server-pid";
import { DEMO_HOSTS, DEMO_SHOW, DEMO_SHOW_BUDGET } from "@/lib/seed/demo-show";
import { startDatabaseServer } from "./lib/database-server";
import { bin, migrateDeploy } from "./lib/run";
import { buildIfNeeded } from "./lib/build-if-needed";
import { webServerEnv } from "./lib/web-server-env";
import { startPipelineEngine } from "./lib/pipeline-engine";
import { startPipelineWorker } from "./lib/start-pipeline-worker";
import { freePort } from "./lib/free-port";

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
    budgetPolicy: { create: { episodeDefault: DEMO_SHOW_BUDGET.episodeDefault, episodeHardCap: DEMO_SHOW_BUDGET.episodeHardCap, monthlyCap: DEMO_SHOW_BUDGET.monthlyCap } },
  },
});
await db.$disconnect();

const workerPort = await freePort();
const pipeline = await startPipelineEngine(databaseUrl, `http://127.0.0.1:${workerPort}/api/inngest`, Number(process.env.E2E_ENGINE_PORT ?? 8289));
const env = {
  ...process.env,
  ...pipeline.env,
  SHOWRUNNER_GATE_TIMEOUT: "10m",
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production" as const,
};
const worker = await startPipelineWorker(env, workerPort);
await buildIfNeeded(env);
const web = spawn(bin("next"), ["start", "-p", String(port)], { env: { ...env, ...webServerEnv(env) }, stdio: "inherit" });
writeFileSync(webServerPidFile(port), String(web.pid));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  web.kill("SIGTERM");
  worker.stop();
  await pipeline.engine?.close({ timeoutMs: 2_000 });
  await server.dropDatabase(name).catch(() => {});
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
web.on("exit", () => void stop());
worker.child.on("exit", () => void stop());
