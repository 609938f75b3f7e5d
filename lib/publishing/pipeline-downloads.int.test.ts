import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptSchema } from "@/lib/domain/script";
import { createEpisode } from "@/lib/episodes/create-episode";
import { decideGate } from "@/lib/episodes/decide-gate";
import { freshDatabase } from "@/test/db";
import { TEST_OVERRIDE } from "@/test/final-override";
import { SOURCES, startPipelineHarness, waitFor, type PipelineHarness } from "@/test/pipeline-harness";
import { buildEpisodeDownloads } from "./episode-downloads";

let h: PipelineHarness;
beforeAll(async () => {
  h = await startPipelineHarness((await freshDatabase()).url);
}, 120_000);
afterAll(() => h?.close());

/** Approves each gate the episode reaches until it is Ready. */
async function produceReadyEpisode() {
  const show = await h.db.show.findFirstOrThrow();
  const episode = await createEpisode(
    h.db,
    h.dispatch,
    { showId: show.id, topic: "How sleep shapes memory", targetMinutes: 2, sources: SOURCES },
    h.users.producer,
  );
  for (const kind of ["SCRIPT", "FINAL"] as const) {
    const gate = await waitFor(
      `the ${kind} gate`,
      () => h.db.gate.findFirst({ where: { episodeId: episode.id, kind, status: "PENDING" } }),
      150_000,
    );
    await waitFor("the engine to wait for the decision", async () => {
      const run = await h.db.pipelineRun.findFirstOrThrow({
        where: { episodeId: episode.id },
        orderBy: { startedAt: "desc" },
      });
      return (await h.engine.getRun(run.engineRunId!))?.status === "waiting";
    });
    await decideGate(
      h.db,
      h.dispatch,
      episode.id,
      { gateId: gate.id, decision: "APPROVED", override: kind === "FINAL" ? TEST_OVERRIDE : undefined },
      h.users.editor,
    );
  }
  await waitFor(
    "READY",
    async () => (await h.db.episode.findUniqueOrThrow({ where: { id: episode.id } })).status === "READY",
    60_000,
  );
  return episode;
}

describe("the downloads of an episode the pipeline produced", () => {
  it(
    "title the chapters by the voiced script's segments, voice-tag the hosts and summarise what the episode found",
    { timeout: 300_000 },
    async () => {
      const episode = await produceReadyEpisode();
      const { files } = await buildEpisodeDownloads(h.db, episode.id);
      const text = (name: string) => files.find((f) => f.name === name && "bytes" in f) as { bytes: Buffer };
      const version = await h.db.scriptVersion.findFirstOrThrow({
        where: { episodeId: episode.id },
        orderBy: { version: "desc" },
      });
      const script = scriptSchema.parse({ segments: version.segments });
      const chapters = JSON.parse(text("chapters.json").bytes.toString()) as {
        version: string;
        chapters: { title: string; startTime: number; endTime: number }[];
      };
      expect(chapters.version).toBe("1.2.0");
      expect(chapters.chapters.map((c) => c.title)).toEqual(script.segments.map((s) => s.title));
      expect(chapters.chapters[0]!.startTime).toBe(0);
      const master = await h.db.audioAsset.findFirstOrThrow({ where: { episodeId: episode.id, kind: "MASTER" } });
      expect(chapters.chapters.at(-1)!.endTime).toBe(master.durationMs / 1000);
      expect(files.find((f) => f.name === "episode.mp3")!.size).toBe(master.byteSize);

      const vtt = text("transcript.vtt").bytes.toString();
      for (const host of new Set(script.segments.flatMap((s) => s.lines.map((l) => l.speaker))))
        expect(vtt).toContain(`<v ${host}>`);

      const notes = text("show-notes.md").bytes.toString();
      const summary = notes.slice(0, notes.indexOf("\n\n## "));
      expect(summary.split(/(?<=\.) /).length).toBeGreaterThanOrEqual(2);
      expect(summary).not.toMatch(/Welcome|I'm|\?/);
      const starts = chapters.chapters.map((c) => {
        const s = Math.floor(c.startTime);
        return `- ${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")} ${c.title}`;
      });
      expect(notes).toContain(`## Chapters\n\n${starts.join("\n")}\n`);
      expect(notes).toMatch(/## Sources\n\n- Sleep and memory\n- Naps\n/);
      expect(notes).toMatch(/## Key claims\n\n- .+ \(source: (Sleep and memory|Naps)\)\n/);
    },
  );
});
