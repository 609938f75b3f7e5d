import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import net from "node:net";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Decimal from "decimal.js";
import { Inngest } from "inngest";
import { describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { SOURCES, waitFor } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { createDispatch } from "@/inngest/dispatch";
import { engineKeys } from "@/server/engine-keys";
import { freePort } from "./lib/free-port";
import { startDatabaseServer } from "./lib/database-server";
import { STUDIO_DATABASE } from "./lib/studio-database";
import { readPostmaster, stopPostmaster, type Postmaster } from "./lib/postmaster";
import { findRunProcesses, isRunning, stopProcesses } from "./lib/studio-processes";
import { StudioSession } from "./lib/load-seed/bench/http-session";

/**
 * The supervision must-show of issue 11: the real `npm start` (scripts/start.ts) with episodes running; the web
 * server, the worker, the engine and then `npm start` itself are killed with SIGKILL, one after the other, each
 * while a stage runs. Each part comes back by itself (npm start with the one restart), nothing is left running
 * from the killed start, every episode reaches READY, and the ledger holds no duplicate and no late entry. The studio
 * runs as a new user's does: on an embedded PostgreSQL in a data folder of its own, which the second start takes over.
 */

const EPISODES = 3;
type Part = "web server" | "pipeline worker" | "pipeline engine";

function partOf(command: string): Part | undefined {
  if (command.includes("web-server.mjs")) return "web server";
  if (command.includes("worker/pipeline-worker.ts")) return "pipeline worker";
  if (command.includes("server/engine.ts")) return "pipeline engine";
  return undefined;
}

/** The pid of each part of a studio run, found in /proc by the run id its processes carry. */
function partsOf(runId: string): Partial<Record<Part, number>> {
  const parts: Partial<Record<Part, number>> = {};
  for (const p of findRunProcesses(runId)) {
    const part = partOf(p.command);
    if (part) parts[part] = p.pid;
  }
  return parts;
}

describe.runIf(process.platform === "linux")("npm start, supervised", () => {
  it(
    "brings back each part killed with SIGKILL, leaves no orphan when killed itself, and every episode reaches READY with a clean ledger",
    { timeout: 600_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), "studio-supervised-"));
      chmodSync(dataDir, 0o755); // run as root, the embedded PostgreSQL runs as the postgres user, which must reach it
      const [port, workerPort, enginePort, pgPort] = [
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
      ];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SHOWRUNNER_DATA_DIR: dataDir,
        SHOWRUNNER_PG_PORT: String(pgPort),
        STORAGE_DIR: path.join(dataDir, "storage"),
        PORT: String(port),
        SHOWRUNNER_WORKER_PORT: String(workerPort),
        INNGEST_ENGINE_PORT: String(enginePort),
        SHOWRUNNER_GATE_TIMEOUT: "10m",
      };
      for (const key of [
        "DATABASE_URL",
        "TEST_DATABASE_URL",
        "INNGEST_DEV",
        "INNGEST_EVENT_KEY",
        "INNGEST_BASE_URL",
        "INNGEST_SIGNING_KEY",
        "NODE_OPTIONS",
      ])
        delete env[key];
      let db!: Db;
      let clusterDir: string | undefined;
      let postgres: Postmaster | undefined;

      // A timeline of the run, printed at the end: the figures of the must-show.
      const t0 = Date.now();
      const timeline: string[] = [];
      const mark = (what: string) => timeline.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);
      let output = "";
      const starts: ChildProcess[] = [];
      const runIds: string[] = [];
      const startStudio = async () => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
        child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
        starts.push(child);
        const from = output.length;
        // Long enough for a production build, when sources changed since the last one.
        const outcome = await waitFor(
          "npm start to say the studio is ready",
          async () =>
            child.exitCode !== null ? "exited" : output.slice(from).includes("Showrunner is ready") && "ready",
          300_000,
        );
        if (outcome === "exited") throw new Error(`npm start exited (${child.exitCode}):\n${output.slice(from)}`);
        const state = JSON.parse(readFileSync(path.join(dataDir, "studio.json"), "utf8")) as {
          runId: string;
          pid: number;
        };
        expect(state.pid).toBe(child.pid);
        runIds.push(state.runId);
        mark(`npm start ready (pid ${child.pid})`);
        return state.runId;
      };
      const health = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
        return {
          status: res.status,
          body: (await res.json()) as {
            ok: boolean;
            database: { ok: boolean };
            engine: { ok: boolean };
            worker: { ok: boolean };
          },
        };
      };
      const healthy = () =>
        waitFor("/api/health to report every part up", async () => (await health()).status === 200, 120_000);
      // A stage (re)started since the last part came back, so each kill cuts a live step rather than a stale row.
      let since = new Date(0);
      const aStageRunning = async (what: string) => {
        await waitFor(
          `a stage running (${what})`,
          () =>
            db.stageRun.findFirst({
              where: { status: "RUNNING", startedAt: { gt: since }, episode: { status: "RUNNING" } },
            }),
          120_000,
        );
        since = new Date();
      };
      const killAndAwaitReturn = async (runId: string, part: Part) => {
        const pid = partsOf(runId)[part];
        expect(pid, `${part} of the running studio`).toBeDefined();
        process.kill(pid!, "SIGKILL");
        mark(`${part} killed`);
        const back = await waitFor(
          `the ${part} to come back`,
          async () => {
            const now = partsOf(runId)[part];
            return now !== undefined && now !== pid && (await health()).status === 200 && now;
          },
          120_000,
        );
        expect(isRunning(pid!)).toBe(false);
        expect(output).toContain(`The ${part} (pid ${pid}) exited unexpectedly (signal SIGKILL)`);
        // The supervisor logs the return when the part says it listens, which may come just after it first answers.
        await waitFor(
          `the supervisor to log the ${part}'s return`,
          async () => output.includes(`The ${part} is back (pid ${back})`),
          10_000,
        );
        mark(`${part} back, /api/health 200`);
      };

      try {
        const firstRun = await startStudio();
        // The studio's database, reached the way npm start reaches it (this process does not own the server).
        const saved = { dir: process.env.SHOWRUNNER_DATA_DIR, port: process.env.SHOWRUNNER_PG_PORT };
        Object.assign(process.env, { SHOWRUNNER_DATA_DIR: dataDir, SHOWRUNNER_PG_PORT: String(pgPort) });
        const url = (await startDatabaseServer()).urlFor(STUDIO_DATABASE);
        Object.assign(process.env, { SHOWRUNNER_DATA_DIR: saved.dir, SHOWRUNNER_PG_PORT: saved.port });
        db = createDb(url);
        const postmaster = await readPostmaster(url);
        postgres = postmaster;
        clusterDir = path.dirname(
          (await db.$queryRaw<{ dir: string }[]>`select current_setting('data_directory') as dir`)[0]!.dir,
        );
        const first = await health();
        expect(first).toEqual({
          status: 200,
          body: expect.objectContaining({
            ok: true,
            database: expect.objectContaining({ ok: true }),
            engine: expect.objectContaining({ ok: true }),
            worker: expect.objectContaining({ ok: true }),
          }),
        });
        expect(Object.keys(partsOf(firstRun)).sort()).toEqual(["pipeline engine", "pipeline worker", "web server"]);

        // Episodes as the web server creates them: the use case writes the rows, then sends the event to the studio's engine.
        const show = await db.show.findFirstOrThrow({ where: { slug: "signal-and-noise" } });
        const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
        // With the engine's keys, which the studio generated into its data folder (events without them get 401).
        const keys = engineKeys({ SHOWRUNNER_DATA_DIR: dataDir });
        const dispatch = createDispatch(
          new Inngest({ id: "showrunner", baseUrl: `http://127.0.0.1:${enginePort}`, isDev: false, ...keys }),
        );
        const ids: string[] = [];
        for (let i = 0; i < EPISODES; i++) {
          const user = { id: producer.id, email: producer.email, name: producer.name, role: producer.role };
          const episode = await createEpisode(
            db,
            dispatch,
            { showId: show.id, topic: `How sleep shapes memory, part ${i + 1}`, targetMinutes: 1, sources: SOURCES },
            user,
            { autoApprove: true },
          );
          expect(episode.status).toBe("QUEUED"); // the engine took the event
          ids.push(episode.id);
        }

        await aStageRunning("before killing the web server");
        await killAndAwaitReturn(firstRun, "web server");
        // While the worker is down (its restart waits a second, then it boots), the API and the studio's pages say so.
        const [, email, password] = /PRODUCER\s+(\S+)\s+(\S+)/.exec(output) ?? [];
        const producerSession = new StudioSession(`http://127.0.0.1:${port}`, "producer");
        await producerSession.signIn(email!, password!);
        expect((await producerSession.text("/")).body).not.toContain('data-testid="pipeline-down"');
        await aStageRunning("before killing the worker");
        const workerPid = partsOf(firstRun)["pipeline worker"]!;
        process.kill(workerPid, "SIGKILL");
        // The worker's port is held until the pages have said so: its restarts then fail (and back off) instead of
        // racing the studio's health cache, which may answer from a check made before the kill for a moment.
        // The port is free once the kernel has closed the dead worker's socket (a moment after the kill), a second before
        // the supervisor's first restart. On a busy machine the restarted worker may take the port first: it is killed
        // too (a quick exit, so the next restart waits longer) and the port tried again.
        const accepted = new Set<net.Socket>();
        const squatter = await waitFor(
          "the killed worker's port to be free",
          async () => {
            const server = net.createServer((socket) => accepted.add(socket)).listen(workerPort, "127.0.0.1");
            const [event] = await Promise.race([
              once(server, "listening").then(() => ["listening"]),
              once(server, "error").then(() => ["error"]),
            ]);
            if (event === "listening") return server;
            const replacement = partsOf(firstRun)["pipeline worker"];
            if (replacement !== undefined && replacement !== workerPid && isRunning(replacement)) {
              process.kill(replacement, "SIGKILL");
            }
            return false;
          },
          60_000,
        );
        mark("pipeline worker killed, its port held");
        const down = await waitFor(
          "/api/health to report the worker down",
          async () => {
            const h = await health();
            return h.status === 503 && h;
          },
          10_000,
        );
        expect(down.body).toMatchObject({
          ok: false,
          worker: { ok: false },
          database: { ok: true },
          engine: { ok: true },
        });
        const page = await waitFor(
          "a studio page to say the pipeline is down",
          async () => {
            const p = await producerSession.text("/");
            return p.body.includes('data-testid="pipeline-down"') && p;
          },
          30_000,
        );
        expect(page.status).toBe(200);
        expect(page.body).toMatch(/the pipeline worker is not answering/);
        // Connections it accepted (the health checks', the engine's) are never answered: they end with it.
        await new Promise((resolve) => {
          squatter.close(resolve);
          for (const socket of accepted) socket.destroy();
        });
        await waitFor(
          "the worker to come back",
          async () => {
            const now = partsOf(firstRun)["pipeline worker"];
            return now !== undefined && now !== workerPid && (await health()).status === 200;
          },
          120_000,
        );
        expect(output).toContain(`The pipeline worker (pid ${workerPid}) exited unexpectedly (signal SIGKILL)`);
        mark("pipeline worker back, /api/health 200");
        await aStageRunning("before killing the engine");
        await killAndAwaitReturn(firstRun, "pipeline engine");

        // npm start itself: its parts stop with it, and the next start finds nothing of it in its way.
        await aStageRunning("before killing npm start");
        const killedParts = Object.values(partsOf(firstRun));
        starts[0]!.kill("SIGKILL");
        await once(starts[0]!, "exit");
        mark("npm start killed");
        await waitFor(
          "every process of the killed start to stop",
          async () => findRunProcesses(firstRun).length === 0,
          30_000,
        );
        mark("every process of the killed start gone");
        for (const pid of killedParts) expect(isRunning(pid), `pid ${pid} of the killed start`).toBe(false);

        // The database is another matter: it outlives the killed start, and the next start takes it over as it is.
        expect(isRunning(postmaster.pid)).toBe(true);
        const secondRun = await startStudio();
        expect(secondRun).not.toBe(firstRun);
        expect(output).toContain(
          `Taking over the embedded PostgreSQL a previous start left running (pid ${postmaster.pid})`,
        );
        await healthy();

        const finished = await waitFor(
          "every episode to finish",
          async () => {
            const episodes = await db.episode.findMany({
              where: { id: { in: ids } },
              select: { id: true, status: true, costTotal: true },
            });
            return episodes.every((e) => ["READY", "NEEDS_ATTENTION", "CANCELLED"].includes(e.status)) && episodes;
          },
          300_000,
        );
        mark(`episodes finished: ${finished.map((e) => e.status).join(", ")}`);
        expect(finished.map((e) => e.status)).toEqual(ids.map(() => "READY"));

        // The ledger: one entry per call of an attempt (the key), totals that add up, and nothing written after the
        // stage run's last attempt ended.
        const entries = await db.costEntry.findMany({ where: { episodeId: { in: ids } }, include: { stageRun: true } });
        expect(entries.length).toBeGreaterThan(0);
        expect(
          new Set(entries.map((e) => `${e.stageRunId}:${e.idempotencyKey.split(":").slice(1).join(":")}`)).size,
        ).toBe(entries.length);
        for (const episode of finished) {
          const sum = entries
            .filter((e) => e.episodeId === episode.id)
            .reduce((total, e) => total.plus(e.amount.toString()), new Decimal(0));
          expect(sum.toString(), `the ledger of episode ${episode.id} against its total`).toBe(
            new Decimal(episode.costTotal.toString()).toString(),
          );
        }
        const late = entries.filter(
          (e) =>
            !e.stageRun?.endedAt ||
            e.createdAt > e.stageRun.endedAt ||
            Number(e.idempotencyKey.split(":")[1]) > e.stageRun.attempt,
        );
        expect(
          late.map(
            (e) =>
              `${e.stage} ${e.idempotencyKey} at ${e.createdAt.toISOString()}, ended ${e.stageRun?.endedAt?.toISOString()}`,
          ),
        ).toEqual([]);

        const attempts = await db.stageRun.aggregate({
          where: { episodeId: { in: ids } },
          _sum: { attempt: true },
          _count: true,
        });
        mark(`${attempts._count} stage runs, ${attempts._sum.attempt} attempts, ${entries.length} ledger entries`);

        // Ctrl-C / SIGTERM: everything stops, cleanly.
        const parts = Object.values(partsOf(secondRun));
        expect(parts).toHaveLength(3);
        starts[1]!.kill("SIGTERM");
        const [code] = (await once(starts[1]!, "exit")) as [number | null];
        expect(code).toBe(0);
        mark("npm start stopped by SIGTERM");
        expect(findRunProcesses(secondRun)).toEqual([]);
        for (const pid of parts) expect(isRunning(pid)).toBe(false);
        expect(existsSync(path.join(dataDir, "studio.json"))).toBe(false);
        expect(isRunning(postmaster.pid), "the embedded PostgreSQL, taken over").toBe(false);
      } catch (error) {
        console.error(output.slice(-6_000));
        throw error;
      } finally {
        console.log(`Supervision timeline:\n${timeline.join("\n")}`);
        for (const child of starts) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        for (const runId of runIds)
          await stopProcesses(
            findRunProcesses(runId).map((p) => p.pid),
            runId,
            2_000,
          );
        await db?.$disconnect();
        if (postgres) await stopPostmaster(postgres);
        rmSync(dataDir, { recursive: true, force: true });
        if (clusterDir) rmSync(clusterDir, { recursive: true, force: true });
      }
    },
  );
});
