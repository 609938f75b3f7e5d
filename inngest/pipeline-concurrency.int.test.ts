import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { createEpisode } from "@/lib/episodes/create-episode";
import { DEMO_SHOW, DEMO_HOSTS } from "@/lib/seed/demo-show";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { maxOverlap } from "@/lib/domain/overlap";

const EPISODES = 8;
const GLOBAL_LIMIT = 4;
const PER_SHOW_LIMIT = 2;
let h: PipelineHarness;

beforeAll(async () => {
  const { url } = await freshDatabase();
  h = await startPipelineHarness(url, {
    // Every stage runs for real; one-minute episodes without the transcript check keep the audio work to what the
    // limits need to be tested on two cores.
    env: {
      SHOWRUNNER_MAX_RUNNING_EPISODES: String(GLOBAL_LIMIT),
      SHOWRUNNER_MAX_RUNNING_PER_SHOW: String(PER_SHOW_LIMIT),
      TRANSCRIPTION_PROVIDER: "none",
    },
  });
  await h.db.show.updateMany({ data: { autoApprove: true } });
  await h.db.show.create({
    data: { ...DEMO_SHOW, slug: "second-show", name: "Second Show", autoApprove: true, hosts: { create: DEMO_HOSTS } },
  });
});
afterAll(() => h?.close());

describe("many episodes at once", () => {
  it(
    "finishes 8 episodes started together, never exceeding the global and per-show limits, losing nothing",
    { timeout: 240_000 },
    async () => {
      const shows = await h.db.show.findMany({ orderBy: { slug: "asc" } });
      const episodes = await Promise.all(
        Array.from({ length: EPISODES }, (_, i) =>
          createEpisode(
            h.db,
            h.dispatch,
            { showId: shows[i % 2]!.id, topic: `Sleep and memory, part ${i + 1}`, targetMinutes: 1, sources: SOURCES },
            h.users.producer,
          ),
        ),
      );
      await waitFor(
        `all ${EPISODES} episodes READY`,
        async () => {
          const byStatus = await h.db.episode.groupBy({ by: ["status"], _count: true });
          if (byStatus.some((s) => s.status === "READY" && s._count === EPISODES)) return true;
          // Kept as the last error, so a timeout says where the episodes stood.
          throw new Error(byStatus.map((s) => `${s._count} ${s.status}`).join(", "));
        },
        180_000,
      );

      const runs = await h.db.stageRun.findMany({ include: { episode: { select: { showId: true } } } });
      expect(runs).toHaveLength(EPISODES * STAGE_KEYS.length);
      expect(runs.every((r) => r.status === "SUCCEEDED")).toBe(true);
      for (const e of episodes) {
        expect(new Set(runs.filter((r) => r.episodeId === e.id).map((r) => r.stage)).size).toBe(STAGE_KEYS.length);
      }

      const interval = (r: (typeof runs)[number]) => ({ start: r.startedAt!.getTime(), end: r.endedAt!.getTime() });
      const overall = maxOverlap(runs.map(interval));
      expect(overall).toBeLessThanOrEqual(GLOBAL_LIMIT);
      expect(overall).toBeGreaterThan(1); // and they really did run in parallel
      for (const show of shows) {
        expect(maxOverlap(runs.filter((r) => r.episode.showId === show.id).map(interval))).toBeLessThanOrEqual(
          PER_SHOW_LIMIT,
        );
      }
      expect(await h.db.pipelineRun.count({ where: { status: "COMPLETED" } })).toBe(EPISODES);
    },
  );
});
