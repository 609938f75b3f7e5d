import { once } from "node:events";
import { mkdtempSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Inngest } from "inngest";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, waitFor } from "@/test/pipeline-harness";
import { newEventKey, newSigningKey, startEngine } from "@/lib/engine";
import { signatureHeader } from "@/lib/engine/signing";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { recordEvents } from "@/test/record-events";
import { createEpisode } from "@/lib/episodes/create-episode";
import { createDispatch } from "@/inngest/dispatch";
import { freePort } from "@/scripts/lib/free-port";
import { startPipelineWorker } from "@/scripts/lib/start-pipeline-worker";

const quiet = { info() {}, warn() {}, error() {} };

describe("the pipeline worker (worker/pipeline-worker.ts)", () => {
  it(
    "serves the app's functions from a process of its own: the engine syncs it and runs an episode's stages there",
    { timeout: 120_000 },
    async () => {
      const { db, url } = await freshDatabase();
      await seedDemoWorkspace(db, {
        PRODUCER: "producer-password",
        EDITOR: "editor-password",
        ADMIN: "admin-password",
      });
      const port = await freePort();
      const serveUrl = `http://127.0.0.1:${port}/api/inngest`;
      const keys = { eventKey: newEventKey(), signingKey: newSigningKey() };
      const engine = await startEngine({
        databaseUrl: url,
        ...keys,
        port: 0,
        appUrls: [serveUrl],
        retryBaseMs: 50,
        pollMs: 50,
        log: quiet,
      });
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: url,
        INNGEST_BASE_URL: engine.url,
        INNGEST_EVENT_KEY: keys.eventKey,
        INNGEST_SIGNING_KEY: keys.signingKey,
        NODE_ENV: "production",
        SHOWRUNNER_GATE_TIMEOUT: "10m",
        STORAGE_DIR: mkdtempSync(path.join(tmpdir(), "worker-audio-")),
      };
      delete env.INNGEST_DEV;
      const worker = await startPipelineWorker(env, port).catch(async (error: unknown) => {
        await engine.close();
        throw error;
      });
      try {
        const functions = await waitFor("the engine to sync the worker", async () => {
          const synced = await engine.listFunctions();
          return synced.length > 0 && synced;
        });
        expect(functions.map((f) => f.appUrl)).toEqual(functions.map(() => serveUrl));
        expect(functions.map((f) => f.id)).toContain("showrunner-produce-episode");
        expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
        // Health is answered by the worker itself: an unsigned GET of the serve URL is refused.
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
        expect((await fetch(serveUrl)).status).toBe(401);

        // This process only sends the event, as the web server does; the stages must run in the worker.
        const show = await db.show.findFirstOrThrow();
        const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
        // Written without its event: the event is sent below, once the forged calls have been refused.
        const episode = await createEpisode(
          db,
          recordEvents(),
          { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 2, sources: SOURCES },
          producer,
        );

        // A call that does not come from the engine runs nothing: unsigned, signed with another key, or signed too long ago.
        const event = {
          name: "episode/pipeline.requested",
          data: { episodeId: episode.id, showId: show.id, reason: "create" },
        };
        const forged = JSON.stringify({
          event,
          events: [event],
          steps: {},
          ctx: {
            run_id: "forged",
            attempt: 0,
            max_attempts: 5,
            disable_immediate_execution: false,
            use_api: false,
            stack: { stack: [], current: 0 },
          },
        });
        const execute = `${serveUrl}?fnId=showrunner-produce-episode&stepId=step`;
        for (const signature of [
          undefined,
          "t=1&s=00",
          signatureHeader(forged, newSigningKey()),
          signatureHeader(forged, keys.signingKey, Date.now() - 10 * 60_000),
        ]) {
          const response = await fetch(execute, {
            method: "POST",
            headers: { "content-type": "application/json", ...(signature && { "x-inngest-signature": signature }) },
            body: forged,
          });
          expect(response.status).toBe(401);
          expect(await response.text()).not.toMatch(/at |\.ts|\/work\//);
        }
        // A signed body that is not JSON (which the SDK throws on rather than answers) gets a 400, and the worker stays up.
        const garbled = await fetch(execute, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-inngest-signature": `t=${Math.floor(Date.now() / 1000)}&s=${"0".repeat(64)}`,
          },
          body: "{not json",
        });
        expect(garbled.status).toBe(400);
        expect(await garbled.json()).toEqual({ message: "The request body is not JSON." });
        expect(await db.stageRun.count({ where: { episodeId: episode.id } })).toBe(0);

        // With the event key alone, as the web server has it (web-server-env.ts).
        await createDispatch(
          new Inngest({ id: "showrunner", baseUrl: engine.url, isDev: false, eventKey: keys.eventKey }),
        ).requestPipeline(episode, "create");

        await waitFor(
          "the script gate",
          () => db.gate.findFirst({ where: { episodeId: episode.id, kind: "SCRIPT", status: "PENDING" } }),
          90_000,
        );
        const stages = await db.stageRun.findMany({
          where: { episodeId: episode.id, status: "SUCCEEDED" },
          select: { stage: true },
        });
        expect(stages.map((s) => s.stage)).toEqual(
          expect.arrayContaining(["research-discovery", "research-synthesis", "script-writer", "brand-validator"]),
        );
        expect(await db.scriptVersion.count({ where: { episodeId: episode.id } })).toBeGreaterThan(0);
      } finally {
        worker.stop();
        if (worker.child.exitCode === null) await once(worker.child, "exit");
        await engine.close({ timeoutMs: 2_000 });
        await db.$disconnect();
      }
      expect(worker.child.exitCode).toBe(0);
    },
  );

  it("says so when its port is taken, even by a server that answers there", async () => {
    const taken = http.createServer((_req, res) => res.end("not the worker"));
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    // A database it can reach: the worker claims its budget-hold owner there before it listens.
    const { url, db } = await freshDatabase();
    await db.$disconnect();
    try {
      await expect(
        startPipelineWorker(
          {
            ...process.env,
            DATABASE_URL: url,
            INNGEST_BASE_URL: "http://127.0.0.1:9",
            INNGEST_EVENT_KEY: newEventKey(),
            INNGEST_SIGNING_KEY: newSigningKey(),
          },
          port,
        ),
      ).rejects.toThrow(/The pipeline worker .* exited \(exit code 1\) before it was listening/);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });

  it("exits when the connection that marks its budget holds as live ends, so it is restarted with a new claim", async () => {
    const { url, db } = await freshDatabase();
    const worker = await startPipelineWorker(
      {
        ...process.env,
        DATABASE_URL: url,
        INNGEST_BASE_URL: "http://127.0.0.1:9",
        INNGEST_EVENT_KEY: newEventKey(),
        INNGEST_SIGNING_KEY: newSigningKey(),
      },
      await freePort(),
    );
    try {
      const exit = once(worker.child, "exit");
      // As when PostgreSQL restarts: the server ends the session that holds the worker's owner lock.
      await db.$queryRaw`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'showrunner hold owner %'`;
      expect(await exit).toEqual([1, null]);
    } finally {
      worker.stop();
      await db.$disconnect();
    }
  });
});
