/**
 * The pipeline's worker: the app's Inngest functions behind the SDK's serve() handler (its Node adapter) in a
 * process of their own, so audio work has the memory it needs while the web server stays small.
 * `npm start` runs it; on its own: `DATABASE_URL=… SHOWRUNNER_WORKER_PORT=3001 npx tsx worker/pipeline-worker.ts`,
 * then sync `http://<host>:3001/api/inngest` with the engine or Inngest server. Where events and signatures go is
 * the same environment the web server reads (INNGEST_BASE_URL with INNGEST_EVENT_KEY/INNGEST_SIGNING_KEY, as `npm start`
 * sets them for the offline engine, or INNGEST_DEV for a Dev Server). With a signing key, the SDK runs in cloud mode and
 * refuses any call that the engine (or Inngest) did not sign.
 */
import http from "node:http";
import { serve } from "inngest/node";
import { db } from "@/lib/db";
import { inngest } from "@/inngest/client";
import { createFunctions, defaultPipelineDeps } from "@/inngest/functions";
import { appProviders } from "@/lib/providers/app-providers";
import { assertProvidersReady, findUnpricedProjections } from "@/lib/providers/check-providers-ready";
import { listProjectionTargets } from "@/lib/providers/list-hosted-equivalents";
import { claimHoldOwner } from "@/lib/costs/hold-owner";
import { backfillProjections } from "@/lib/costs/backfill-projections";
import { workerAddress } from "@/lib/net/worker-address";
import { guardServeHandler } from "./guard-serve-handler";

const { host, port, origin: localOrigin } = workerAddress(process.env);
// Without a signing key (and outside a Dev Server's dev mode) the SDK could check no call: every one would fail.
if (!process.env.INNGEST_DEV && !process.env.INNGEST_SIGNING_KEY) {
  console.error(
    "Pipeline worker: INNGEST_SIGNING_KEY is not set: give it the engine's key (npm start does), or INNGEST_DEV for a Dev Server.",
  );
  process.exit(1);
}
// Refused at start, naming the variable, rather than charging a hosted model at $0 later (and a configuration
// error surfaces here rather than in the first step). Health is checked per run, so an outage does not stop the worker.
try {
  const providers = await appProviders();
  await assertProvidersReady(db, providers, { health: false });
  // A projection at an unpriced model is not refused (nothing is charged), but said, rather than shown as $0.
  for (const line of await findUnpricedProjections(db, listProjectionTargets(providers.hostedEquivalents)))
    console.warn(`Pipeline worker: Warning: ${line}`);
  // Entries metered before every offline usage was projected get their projection, so old episodes compare with new
  // (a figure shown, not a charge: a failure here is reported and the worker serves anyway, trying again next start).
  await backfillProjections(db, providers).then(
    (count) => count && console.log(`Pipeline worker: projected ${count} ledger entries metered before projections`),
    (error: unknown) =>
      console.warn(`Pipeline worker: Warning: old ledger entries were not projected: ${String(error)}`),
  );
} catch (error) {
  console.error(`Pipeline worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Claimed before serving: this releases the budget holds of workers that died (whatever killed them). Should the claim's
// connection end (PostgreSQL restarted), this worker looks dead and its holds releasable: it exits rather than spend
// past them, and the supervisor (npm start) restarts it with a new claim; the engine retries its cut-short steps.
const holdOwner = await claimHoldOwner(
  requiredDatabaseUrl(),
  (message) => console.error(`Pipeline worker: ${message}`),
  () => {
    console.error(
      "Pipeline worker: the database connection that marks this worker's budget holds as live ended; exiting so that a new worker claims them afresh.",
    );
    process.exit(1);
  },
);
if (holdOwner.released)
  console.log(`Pipeline worker: released ${holdOwner.released} budget holds of stopped processes`);
// The URL the worker registers is its own, whatever Host header a sync request carries (anyone who can reach the
// worker may ask it to sync): behind a proxy, INNGEST_SERVE_ORIGIN names the public origin.
const handler = guardServeHandler(
  serve({
    client: inngest,
    functions: createFunctions(inngest, defaultPipelineDeps(holdOwner.id)),
    serveOrigin: process.env.INNGEST_SERVE_ORIGIN || localOrigin,
  }),
);

const server = http.createServer((req, res) => {
  const path = (req.url ?? "/").split("?")[0];
  // For the studio's health check (lib/health): the SDK refuses, and logs, every unsigned request to /api/inngest.
  if (path === "/health" && req.method === "GET") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    return;
  }
  if (path !== "/api/inngest") {
    res
      .writeHead(404, { "content-type": "text/plain" })
      .end("The pipeline worker serves /api/inngest (and /health) only.\n");
    return;
  }
  handler(req, res);
});
server.on("error", (error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? ` Set SHOWRUNNER_WORKER_PORT to a free port.` : "";
  console.error(`Pipeline worker: ${error.message}.${hint}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Pipeline worker: functions served on ${localOrigin}/api/inngest (listening on ${host})`);
  process.send?.("listening"); // to scripts/lib/start-pipeline-worker.ts, when it started this process
});

function requiredDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  console.error("Pipeline worker: DATABASE_URL is not set: start the studio with `npm start`, which provides one.");
  process.exit(1);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // A step cut short here is retried by the engine (or Inngest) against the next worker: runs are durable.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await holdOwner.close().catch(() => {});
  await db.$disconnect().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
