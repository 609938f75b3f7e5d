/**
 * `npm run bench:pipeline`: produces episodes through the real pipeline (offline engine, SDK serve handler,
 * PostgreSQL) with auto-approval, at concurrency 1, 4 and 16, and prints wall time per episode and per stage and
 * episodes per minute. Figures, not pass/fail: targets are judged by people.
 */
import { startDatabaseServer } from "./lib/database-server";
import { migrateDeploy } from "./lib/run";
import { SOURCES, startPipelineHarness, waitFor } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { STAGE_KEYS } from "@/lib/domain/stages";

const EPISODES = Number(process.env.BENCH_EPISODES ?? 16);
const LEVELS = (process.env.BENCH_CONCURRENCY ?? "1,4,16").split(",").map(Number);

const server = await startDatabaseServer(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`Pipeline benchmark: ${EPISODES} episodes per level, offline providers, auto-approval\n`);
try {
  for (const level of LEVELS) {
    const name = `showrunner_bench_${Date.now().toString(36)}`;
    await server.createDatabase(name);
    await migrateDeploy(server.urlFor(name), true);
    const h = await startPipelineHarness(server.urlFor(name), {
      env: { SHOWRUNNER_MAX_RUNNING_EPISODES: String(level), SHOWRUNNER_MAX_RUNNING_PER_SHOW: String(level) },
    });
    try {
      await h.db.show.updateMany({ data: { autoApprove: true } });
      const show = await h.db.show.findFirstOrThrow();
      const started = Date.now();
      await Promise.all(
        Array.from({ length: EPISODES }, (_, i) =>
          createEpisode(
            h.db,
            h.dispatch,
            { showId: show.id, topic: `Sleep and memory, part ${i + 1}`, targetMinutes: 3, sources: SOURCES },
            h.users.producer,
          ),
        ),
      );
      await waitFor(
        "all episodes ready",
        async () => (await h.db.episode.count({ where: { status: "READY" } })) === EPISODES,
        600_000,
      );
      const wall = Date.now() - started;

      const done = await h.db.episode.findMany({ select: { createdAt: true, completedAt: true } });
      const perEpisode = done.map((e) => e.completedAt!.getTime() - e.createdAt.getTime());
      const runs = await h.db.stageRun.findMany({ select: { stage: true, durationMs: true } });
      console.log(
        `concurrency ${level}: ${EPISODES} episodes in ${s(wall)} -> ${((EPISODES / wall) * 60_000).toFixed(1)} episodes/min`,
      );
      console.log(
        `  per episode (created -> ready): mean ${s(perEpisode.reduce((a, b) => a + b, 0) / EPISODES)}, p50 ${s(pct(perEpisode, 50))}, p95 ${s(pct(perEpisode, 95))}`,
      );
      console.log("  per stage (mean execution time):");
      for (const key of STAGE_KEYS) {
        const ds = runs.filter((r) => r.stage === key).map((r) => r.durationMs ?? 0);
        console.log(
          `    ${key.padEnd(26)} ${(ds.reduce((a, b) => a + b, 0) / Math.max(1, ds.length)).toFixed(1).padStart(7)} ms`,
        );
      }
      console.log("");
    } finally {
      await h.close();
      await server.dropDatabase(name);
    }
  }
} finally {
  await server.stop();
}
