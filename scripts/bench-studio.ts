/**
 * `npm run bench:studio -- [--requests 200] [--database URL] [--port N] [--trace-queries]`: the studio's server
 * latency and memory on a loaded database (`npm run seed:load`). Builds when needed, starts the production server
 * (server/web-server.ts, with the memory settings `npm start` gives it) against the load database, signs in as the admin and an editor through Auth.js's credentials flow,
 * warms up, then requests the dashboard, episode pages, the episode JSON, the episode list and the review queue,
 * first one at a time and then 4 at a time. Prints per route p50/p95/p99/max (ms to the last byte of the body) and
 * the peak RSS of the server's process tree (sampled from /proc every 100 ms), beside the targets. Figures, not
 * pass/fail. With --trace-queries it also times every SQL statement in the server (a preloaded `pg` hook, no app
 * change) and prints each route's slowest statements.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { authSecret } from "./lib/auth-secret";
import { buildIfNeeded } from "./lib/build-if-needed";
import { freePort } from "./lib/free-port";
import { waitForHttp } from "./lib/wait-for-http";
import { webServerEnv } from "./lib/web-server-env";
import { webServerArgs } from "./lib/bundle-web-server";
import { parseArgs } from "./lib/load-seed/args";
import { LOAD_DATABASE, LOAD_EMAILS, LOAD_PASSWORDS, openLoadDatabase } from "./lib/load-seed/load-database";
import { StudioSession } from "./lib/load-seed/bench/http-session";
import { processTree, sampleTreeRss } from "./lib/load-seed/bench/process-rss";
import { summarise, type Summary } from "./lib/load-seed/bench/stats";

const USAGE =
  "npm run bench:studio -- [--requests 200] [--database URL] [--port N] [--concurrency 4] [--trace-queries]";
const args = parseArgs(
  process.argv.slice(2),
  { requests: "number", database: "string", port: "number", concurrency: "number", "trace-queries": "boolean" },
  USAGE,
);
const REQUESTS = Math.round(args.requests ?? 200);
const CONCURRENCY = Math.round(args.concurrency ?? 4);
const TARGET_P95_MS = 150;
const TARGET_RSS_MB = 300;

interface Route {
  name: string;
  as: "admin" | "editor";
  /** The i-th request's path (episode routes walk through a spread of episodes). */
  path: (i: number) => string;
}

/** Episodes to request: a spread over statuses and time (mostly READY, as in the data), deterministic. */
async function pickEpisodes(
  databaseUrl: string,
): Promise<{ ids: string[]; statuses: Record<string, number>; total: number }> {
  const db = createDb(databaseUrl);
  try {
    const all = await db.episode.findMany({ select: { id: true, status: true }, orderBy: { createdAt: "asc" } });
    if (all.length === 0) throw new Error(`The database has no episodes: run \`npm run seed:load\` first.`);
    const byStatus = new Map<string, string[]>();
    for (const e of all) byStatus.set(e.status, [...(byStatus.get(e.status) ?? []), e.id]);
    const ids: string[] = [];
    for (const [status, list] of byStatus) {
      const want = status === "READY" ? 40 : 3;
      const step = Math.max(1, Math.floor(list.length / want));
      for (let i = 0; i < list.length && ids.filter((id) => list.includes(id)).length < want; i += step)
        ids.push(list[i]!);
    }
    // Interleave so consecutive requests hit different statuses.
    ids.sort((a, b) => (a.slice(-6) < b.slice(-6) ? -1 : 1));
    const statuses = Object.fromEntries([...byStatus].map(([s, l]) => [s, ids.filter((id) => l.includes(id)).length]));
    return { ids, statuses, total: all.length };
  } finally {
    await db.$disconnect();
  }
}

/** Gives the admin and editor accounts the load database's known passwords (argon2, as lib/seed does) and clears sign-in throttling. */
async function ensureAccounts(databaseUrl: string) {
  const db = createDb(databaseUrl);
  try {
    for (const role of ["ADMIN", "EDITOR"] as const) {
      const email = LOAD_EMAILS[role];
      const user = await db.user.findUnique({ where: { email } });
      if (!user) throw new Error(`No account ${email}: run \`npm run seed:load\` on this database first.`);
      await db.user.update({
        where: { email },
        data: { passwordHash: await hashPassword(LOAD_PASSWORDS[role]), disabledAt: null },
      });
    }
    await db.rateLimit.deleteMany({});
  } finally {
    await db.$disconnect();
  }
}

async function runRoute(
  sessions: Record<Route["as"], StudioSession>,
  route: Route,
  requests: number,
  concurrency: number,
  offset = 0,
) {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  let bytes = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const r = await sessions[route.as].get(route.path(i + offset));
      times.push(r.ms);
      bytes += r.bytes;
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { summary: summarise(times), statuses, meanBytes: bytes / requests, rps: requests / seconds };
}

interface TracedQuery {
  sql: string;
  count: number;
  totalMs: number;
  maxMs: number;
  rows: number;
}

async function collectTrace(traceDir: string, root: number): Promise<TracedQuery[]> {
  for (const pid of processTree(root)) {
    try {
      process.kill(pid, "SIGUSR2");
    } catch {
      /* gone */
    }
  }
  await new Promise((r) => setTimeout(r, 300));
  const merged = new Map<string, TracedQuery>();
  for (const file of readdirSync(traceDir)) {
    const full = path.join(traceDir, file);
    for (const q of JSON.parse(readFileSync(full, "utf8")) as TracedQuery[]) {
      const m = merged.get(q.sql) ?? { sql: q.sql, count: 0, totalMs: 0, maxMs: 0, rows: 0 };
      m.count += q.count;
      m.totalMs += q.totalMs;
      m.maxMs = Math.max(m.maxMs, q.maxMs);
      m.rows += q.rows;
      merged.set(q.sql, m);
    }
    rmSync(full);
  }
  return [...merged.values()].sort((a, b) => b.totalMs - a.totalMs);
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : "-").padStart(6);

function printTable(
  title: string,
  results: { route: Route; summary: Summary; statuses: Map<number, number>; meanBytes: number; rps: number }[],
) {
  console.log(`\n${title}`);
  console.log(
    `  ${"route".padEnd(34)} ${"n".padStart(5)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"max".padStart(6)}  ${"req/s".padStart(6)}  ${"KB".padStart(6)}  p95 vs ${TARGET_P95_MS} ms   statuses`,
  );
  for (const { route, summary: s, statuses, meanBytes, rps } of results) {
    const verdict = s.p95 < TARGET_P95_MS ? "under" : `OVER (${(s.p95 / TARGET_P95_MS).toFixed(1)}x)`;
    const codes = [...statuses].map(([code, n]) => `${code}×${n}`).join(" ");
    console.log(
      `  ${route.name.padEnd(34)} ${String(s.n).padStart(5)} ${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)} ${fmt(s.max)}  ${fmt(rps)}  ${fmt(meanBytes / 1024)}  ${verdict.padEnd(16)} ${codes}`,
    );
  }
}

async function main() {
  const started = performance.now();
  const target = await openLoadDatabase(args.database, { create: false });
  const databaseUrl = target.url;
  console.log(`Database: ${target.description}`);
  const {
    ids: episodes,
    statuses: picked,
    total,
  } = await pickEpisodes(databaseUrl).catch((error: unknown) => {
    if (!args.database && error instanceof Error && /does not exist|P1003/.test(error.message)) {
      throw new Error(`There is no ${LOAD_DATABASE} database yet: run \`npm run seed:load\` first.`);
    }
    throw error;
  });
  console.log(
    `${total} episodes in the database; requesting ${episodes.length} of them (${Object.entries(picked)
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}).`,
  );
  await ensureAccounts(databaseUrl);

  const port = args.port ?? (await freePort());
  const traceDir = args["trace-queries"] ? mkdtempSync(path.join(tmpdir(), "bench-studio-trace-")) : null;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    // No pipeline engine: the pages only read. Point Inngest at nothing that answers.
    INNGEST_DEV: "http://127.0.0.1:9",
    ...(traceDir
      ? {
          BENCH_QUERY_TRACE_DIR: traceDir,
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ""} --import ${path.resolve("scripts/lib/load-seed/bench/query-trace.mjs")}`.trim(),
        }
      : {}),
  };
  await buildIfNeeded({ ...env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? "" });

  // Its own process group, so stopping it stops any child of it too.
  const serverEnv = webServerEnv(env);
  console.log(
    `Server as \`npm start\` runs it: NODE_OPTIONS="${serverEnv.NODE_OPTIONS}" MALLOC_ARENA_MAX=${serverEnv.MALLOC_ARENA_MAX}`,
  );
  const web = spawn(process.execPath, webServerArgs(port, "127.0.0.1"), {
    env: serverEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      if (web.pid) process.kill(-web.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/login`, "The studio");
    const rss = sampleTreeRss(web.pid!, 100);
    console.log(
      `Server up on ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s; RSS of its process tree ${rss.current().toFixed(0)} MB.`,
    );

    const sessions = { admin: new StudioSession(base, "admin"), editor: new StudioSession(base, "editor") };
    await sessions.admin.signIn(LOAD_EMAILS.ADMIN, LOAD_PASSWORDS.ADMIN);
    await sessions.editor.signIn(LOAD_EMAILS.EDITOR, LOAD_PASSWORDS.EDITOR);

    const episode = (i: number) => episodes[i % episodes.length]!;
    const routes: Route[] = [
      { name: "/ (dashboard, admin)", as: "admin", path: () => "/" },
      { name: "/ (dashboard, editor)", as: "editor", path: () => "/" },
      { name: "/episodes/[id]", as: "admin", path: (i) => `/episodes/${episode(i)}` },
      { name: "/api/episodes/[id]", as: "admin", path: (i) => `/api/episodes/${episode(i)}` },
      { name: "/episodes", as: "admin", path: () => "/episodes" },
      { name: "/review (editor)", as: "editor", path: () => "/review" },
    ];

    // Warm-up: compile-free in production, but the first requests still load route modules, open database
    // connections and fill caches.
    for (const route of routes) await runRoute(sessions, route, Math.min(episodes.length, 20), 2);
    console.log(`Warmed up (${routes.length} routes × 20 requests); RSS ${rss.current().toFixed(0)} MB.`);
    if (traceDir) await collectTrace(traceDir, web.pid!);

    rss.mark();
    const sequential = [];
    const traces = new Map<string, TracedQuery[]>();
    for (const route of routes) {
      sequential.push({ route, ...(await runRoute(sessions, route, REQUESTS, 1, 7)) });
      if (traceDir) traces.set(route.name, await collectTrace(traceDir, web.pid!));
    }
    const sequentialPeak = rss.peak();
    rss.mark();
    const concurrent = [];
    for (const route of routes)
      concurrent.push({ route, ...(await runRoute(sessions, route, REQUESTS, CONCURRENCY, 13)) });
    const concurrentPeak = rss.peak();
    await new Promise((r) => setTimeout(r, 300));

    printTable(`Sequential (1 at a time, ${REQUESTS} requests per route), ms to the last byte:`, sequential);
    printTable(
      `Concurrent (${CONCURRENCY} at a time, ${REQUESTS} requests per route), ms to the last byte:`,
      concurrent,
    );
    const peak = rss.overallPeak();
    console.log(`\nMemory of the Next server's process tree (RSS summed over it, sampled every 100 ms):`);
    console.log(
      `  peak during the sequential run ${sequentialPeak.toFixed(0)} MB, during the concurrent run ${concurrentPeak.toFixed(0)} MB, overall ${peak.toFixed(0)} MB; now ${rss.current().toFixed(0)} MB`,
    );
    console.log(
      `  target < ${TARGET_RSS_MB} MB: ${peak < TARGET_RSS_MB ? "under" : `OVER by ${(peak - TARGET_RSS_MB).toFixed(0)} MB`}`,
    );
    console.log(
      `  processes: ${rss
        .processes()
        .map((p) => `${p.name} (pid ${p.pid}) peak ${p.peakMb.toFixed(0)} MB`)
        .join(", ")}`,
    );

    const slow = [...sequential, ...concurrent].filter((r) => r.summary.p95 >= TARGET_P95_MS);
    const failed = [...sequential, ...concurrent].filter((r) => [...r.statuses.keys()].some((code) => code >= 300));
    console.log(
      `\nOver the p95 target: ${slow.length === 0 ? "none" : [...new Set(slow.map((r) => r.route.name))].join(", ")}`,
    );
    if (failed.length)
      console.log(
        `Non-2xx answers (the figures include them): ${[...new Set(failed.map((r) => r.route.name))].join(", ")}`,
      );

    if (traceDir) {
      console.log(
        `\nSQL per request in the sequential run (the pg hook's timings: wall time from send to result, per statement):`,
      );
      for (const { route } of sequential) {
        const queries = traces.get(route.name) ?? [];
        const count = queries.reduce((n, q) => n + q.count, 0);
        const ms = queries.reduce((n, q) => n + q.totalMs, 0);
        console.log(
          `  ${route.name}: ${(count / REQUESTS).toFixed(1)} statements, ${(ms / REQUESTS).toFixed(1)} ms of SQL per request; slowest:`,
        );
        for (const q of queries.slice(0, 4)) {
          const sql = q.sql.length > 220 ? `${q.sql.slice(0, 220)}…` : q.sql;
          console.log(
            `    ${(q.totalMs / q.count).toFixed(1).padStart(6)} ms avg, ${q.maxMs.toFixed(0).padStart(4)} max, ${(q.count / REQUESTS).toFixed(1)}×/req, ${(q.rows / q.count).toFixed(0)} rows  ${sql}`,
          );
        }
      }
      rmSync(traceDir, { recursive: true, force: true });
    }
    rss.stop();
    console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    stop();
    await target.server?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
