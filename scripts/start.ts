/**
 * `npm start`: everything the studio needs, in one command. Uses DATABASE_URL when set, else an embedded
 * PostgreSQL under .data/; applies migrations; seeds the demo workspace on first run; starts the offline pipeline
 * engine (unless INNGEST_* names a real Inngest server) and the pipeline worker it drives; builds when sources
 * changed; serves the studio in production mode, its web server's memory capped (the worker does the heavy work).
 */
import { spawn } from "node:child_process";
import { createDb } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { openStudioDatabase } from "./lib/studio-database";
import { migrateDeploy, bin } from "./lib/run";
import { authSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build-if-needed";
import { webServerEnv } from "./lib/web-server-env";
import { startPipelineEngine } from "./lib/pipeline-engine";
import { startPipelineWorker } from "./lib/start-pipeline-worker";
import { waitForHttp } from "./lib/wait-for-http";

const port = Number(process.env.PORT ?? 3000);
const workerPort = Number(process.env.SHOWRUNNER_WORKER_PORT ?? 3001);

async function main() {
  const started = Date.now();
  // What has been started, stopped in reverse order on exit, or when a later step fails (a port taken, a build
  // error), so a failed start leaves no database or engine running behind it.
  const running: (() => unknown)[] = [];
  const stopAll = async () => {
    for (const stop of running.splice(0).reverse()) await stop();
  };

  try {
    const { url: databaseUrl, description, server } = await openStudioDatabase();
    if (server) running.push(() => server.stop());
    console.log(`Database: ${description}`);
    await migrateDeploy(databaseUrl, true);

    const db = createDb(databaseUrl);
    const { credentials } = await seedDemoWorkspace(db);
    await db.$disconnect();

    const pipeline = await startPipelineEngine(databaseUrl, `http://127.0.0.1:${workerPort}/api/inngest`);
    if (pipeline.engine) running.push(() => pipeline.engine?.close());
    const env = {
      ...process.env,
      ...pipeline.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret(),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production" as const,
    };
    const worker = await startPipelineWorker(env, workerPort);
    running.push(() => worker.stop());
    await buildIfNeeded(env);

    // Its own process group, so stopping the studio also stops next-server's children.
    const web = spawn(bin("next"), ["start", "-p", String(port)], { env: { ...env, ...webServerEnv(env) }, stdio: "inherit", detached: true });
    running.push(() => {
      try {
        if (web.pid) process.kill(-web.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    });
    let stopping = false;
    const stop = async (code = 0) => {
      if (stopping) return;
      stopping = true;
      await stopAll();
      process.exit(code);
    };
    process.on("SIGINT", () => void stop());
    process.on("SIGTERM", () => void stop());
    web.on("exit", (code) => void stop(code ?? 1));
    worker.child.on("exit", (code) => void stop(code ?? 1));

    await waitForHttp(`http://127.0.0.1:${port}/login`, "The studio", { timeoutMs: 60_000 });
    console.log(`\nShowrunner is ready at http://localhost:${port} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (credentials.length > 0) {
      console.log("\nDemo accounts (passwords are shown this once; they are stored only as hashes):");
      for (const c of credentials) console.log(`  ${c.role.padEnd(9)} ${c.email.padEnd(28)} ${c.password}`);
      console.log("");
    } else {
      console.log("Sign in with your account (demo accounts were created and printed on the first start).");
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
