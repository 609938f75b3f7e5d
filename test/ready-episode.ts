import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/guard";
import type { Db } from "@/lib/db";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { episodeIn } from "./episodes-workspace";

/** A real MP3 (three seconds of tone, encoded by ffmpeg), the bytes a master holds. */
export async function realMp3(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), "ready-episode-"));
  return readFile(await renderSignal(dir, "master.mp3", "sine=frequency=440:duration=3", [], "libmp3lame"));
}

export const READY_SCRIPT = {
  segments: [
    {
      title: "Intro",
      lines: [
        { speaker: "Maya Chen", text: "Welcome to Signal and Noise. I'm Maya." },
        { speaker: "Theo Marsh", text: "And I'm Theo." },
      ],
    },
    {
      title: "Why we sleep",
      lines: [
        {
          speaker: "Maya Chen",
          text: "A full night of sleep improved recall of new words by about twenty percent in one study.",
        },
        { speaker: "Theo Marsh", text: "That is a big <difference> & worth a look." },
      ],
    },
  ],
};

export const READY_TIMELINE = [
  { segment: 0, line: 1, speaker: "Maya Chen", text: "Welcome to Signal and Noise. I'm Maya.", start: 0.2, end: 1 },
  { segment: 0, line: 2, speaker: "Theo Marsh", text: "And I'm Theo.", start: 1, end: 1.4 },
  {
    segment: 1,
    line: 3,
    speaker: "Maya Chen",
    text: "A full night of sleep improved recall of new words by about twenty percent in one study.",
    start: 1.5,
    end: 2.4,
  },
  {
    segment: 1,
    line: 4,
    speaker: "Theo Marsh",
    text: "That is a big <difference> & worth a look.",
    start: 2.4,
    end: 3,
  },
];

/**
 * A Ready episode as the pipeline leaves one: its script (version 1), a real MP3 master voiced from it in `storage`
 * with its timeline, the research brief, claims (one supported, one contradicted, one overridden to supported by an
 * editor, one citing a source an editor excluded) and a source excluded from it.
 */
export async function readyEpisode(
  ws: { db: Db; show: { id: string } },
  user: SessionUser,
  storage: AudioStorage,
  mp3: Buffer,
) {
  const { db } = ws;
  const episode = await episodeIn(ws, user, "READY");
  const version = await db.scriptVersion.create({
    data: { episodeId: episode.id, version: 1, authorKind: "PIPELINE", segments: READY_SCRIPT.segments },
  });
  const storageKey = `episodes/${episode.id}/audio/${version.id}.mp3`;
  await storage.put(storageKey, mp3, "audio/mpeg");
  const master = await db.audioAsset.create({
    data: {
      episodeId: episode.id,
      kind: "MASTER",
      storageKey,
      format: "mp3",
      mimeType: "audio/mpeg",
      byteSize: mp3.length,
      durationMs: 3_100,
      sampleRate: 44_100,
      channels: 1,
      timeline: READY_TIMELINE,
    },
  });
  const [sleep, naps] = await db.source.findMany({ where: { episodeId: episode.id }, orderBy: { title: "desc" } });
  await db.source.update({ where: { id: sleep!.id }, data: { url: "https://example.org/sleep-and-memory" } });
  const excluded = await db.source.create({
    data: {
      showId: ws.show.id,
      episodeId: episode.id,
      kind: "TEXT",
      title: "A blog the editor dropped",
      url: "https://blog.example.com/dropped",
      content: "Sleep is optional.",
      contentHash: "dropped",
      byteSize: 18,
    },
  });
  await db.sourceExclusion.create({ data: { episodeId: episode.id, sourceId: excluded.id, excludedById: null } });
  const claim = (position: number, sourceId: string, text: string, verdict: "SUPPORTED" | "CONTRADICTED") =>
    db.claim.create({ data: { episodeId: episode.id, position, sourceId, text, quote: text, verdict } });
  await claim(0, sleep!.id, "Sleep improved recall of new words by about 20 percent.", "SUPPORTED");
  await claim(1, naps!.id, "Naps replace a night's sleep.", "CONTRADICTED");
  const overridden = await claim(2, naps!.id, "Short naps help alertness.", "CONTRADICTED");
  await db.claim.update({
    where: { id: overridden.id },
    data: { overrideVerdict: "SUPPORTED", overrideReason: "The second study says so.", overriddenAt: new Date() },
  });
  await claim(3, excluded.id, "Sleep is optional.", "SUPPORTED");
  const run = await db.pipelineRun.create({ data: { episodeId: episode.id, status: "COMPLETED" } });
  await db.stageRun.create({
    data: {
      pipelineRunId: run.id,
      episodeId: episode.id,
      stage: "research-synthesis",
      status: "SUCCEEDED",
      endedAt: new Date(),
      output: {
        keyPoints: [
          {
            text: "A full night of sleep improved recall of new words by about 20 percent in a study of 120 adults.",
            claimIndexes: [0],
            sourceIds: [sleep!.id],
          },
        ],
        openQuestions: [],
        uncertainty: [],
      },
    },
  });
  return { episode, master, version, sources: { sleep: sleep!, naps: naps!, excluded } };
}
