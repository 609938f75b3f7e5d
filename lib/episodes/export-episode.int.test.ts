import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { episodeIn, episodesWorkspace, type EpisodesWorkspace } from "@/test/episodes-workspace";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { exportEpisode } from "./export-episode";

const temp = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix));
const MP3 = Buffer.from("ID3 not really an mp3, but the bytes must arrive as they are stored");
const TIMELINE = [
  { segment: 0, line: 1, speaker: "Ada", text: "Welcome back.", start: 0, end: 1.5 },
  { segment: 0, line: 2, speaker: "Ben", text: "Today, sleep.", start: 1.75, end: 3.25 },
];
const REPORT = {
  certified: true,
  verdict: "Ready to publish.",
  sections: [{ title: "Audio", items: [{ label: "Loudness", value: "-16 LUFS", threshold: "-16 ± 1", passed: true }] }],
  blockers: [],
  warnings: ["A warning | with a pipe"],
};

let ws: EpisodesWorkspace;
let storage: AudioStorage;
beforeAll(async () => {
  ws = await episodesWorkspace();
  storage = createLocalStorage(await temp("export-storage-"));
});
afterAll(() => ws?.db.$disconnect());

async function master(episodeId: string, timeline: unknown, storageKey = `episodes/${episodeId}/master.mp3`) {
  await ws.db.audioAsset.create({
    data: {
      episodeId,
      kind: "MASTER",
      storageKey,
      format: "mp3",
      mimeType: "audio/mpeg",
      byteSize: MP3.length,
      durationMs: 3_250,
      sampleRate: 44_100,
      channels: 1,
      ...(timeline !== null && { timeline }),
    },
  });
}

describe("exportEpisode", () => {
  it("writes the current master, its transcript as WebVTT and the latest certification as JSON and Markdown", async () => {
    const episode = await episodeIn(ws, ws.users.producer, "READY");
    await storage.put(`episodes/${episode.id}/old.mp3`, Buffer.from("an earlier master"), "audio/mpeg");
    await master(episode.id, [], `episodes/${episode.id}/old.mp3`);
    await storage.put(`episodes/${episode.id}/master.mp3`, MP3, "audio/mpeg");
    await master(episode.id, TIMELINE);
    await ws.db.certification.create({
      data: {
        episodeId: episode.id,
        certified: false,
        report: { ...REPORT, certified: false },
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    const latest = await ws.db.certification.create({
      data: { episodeId: episode.id, certified: true, report: REPORT },
    });
    const outDir = path.join(await temp("export-out-"), "nested", "folder");

    const result = await exportEpisode(ws.db, storage, episode.id, outDir);

    expect(result.missing).toEqual([]);
    expect(result.files).toEqual({
      audio: path.join(outDir, "episode.mp3"),
      transcript: path.join(outDir, "transcript.vtt"),
      certification: path.join(outDir, "certification.json"),
    });
    expect(await readFile(result.files.audio!)).toEqual(MP3);
    expect(await readFile(result.files.transcript!, "utf8")).toBe(
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\n<v Ada>Welcome back.\n\n2\n00:00:01.750 --> 00:00:03.250\n<v Ben>Today, sleep.\n",
    );
    expect(JSON.parse(await readFile(result.files.certification!, "utf8"))).toEqual({
      episodeId: episode.id,
      title: episode.title,
      certified: true,
      createdAt: latest.createdAt.toISOString(),
      report: REPORT,
    });
    const page = await readFile(path.join(outDir, "certification.md"), "utf8");
    expect(page).toMatch(/^# Production readiness: CERTIFIED\n\nReady to publish\./);
    expect(page).toContain("| Loudness | -16 LUFS | -16 ± 1 | ✅ pass |");
    expect(result.certification).toEqual({ certified: true, report: REPORT });
    expect((await readdir(outDir)).sort()).toEqual([
      "certification.json",
      "certification.md",
      "episode.mp3",
      "transcript.vtt",
    ]);
  });

  it("says what is missing and why, and writes the rest", async () => {
    const noMaster = await episodeIn(ws, ws.users.producer, "READY");
    const outDir = await temp("export-out-");
    expect(await exportEpisode(ws.db, storage, noMaster.id, outDir)).toEqual({
      files: {},
      missing: [
        "no master audio (no AudioAsset row of kind MASTER), so neither episode.mp3 nor transcript.vtt",
        "no Certification row, so no certification.json",
      ],
      certification: null,
    });

    const fileGone = await episodeIn(ws, ws.users.producer, "READY");
    await master(fileGone.id, null);
    const gone = await exportEpisode(ws.db, storage, fileGone.id, outDir);
    expect(gone.missing).toEqual([
      `the master audio's file "episodes/${fileGone.id}/master.mp3" is not in local storage, so no episode.mp3`,
      "the master audio has no timeline (AudioAsset.timeline is empty), so no transcript.vtt",
      "no Certification row, so no certification.json",
    ]);
    // Nothing half-written is left behind under the MP3's name or beside it.
    expect(await readdir(outDir)).toEqual([]);

    const malformed = await episodeIn(ws, ws.users.producer, "READY");
    await storage.put(`episodes/${malformed.id}/master.mp3`, MP3, "audio/mpeg");
    await master(malformed.id, [{ segment: 0, line: 0, speaker: "Ada", text: "Hi.", start: 0, end: 1 }]);
    const partial = await exportEpisode(ws.db, storage, malformed.id, outDir);
    expect(partial.files).toEqual({ audio: path.join(outDir, "episode.mp3") });
    expect(partial.missing[0]).toMatch(/^the master audio's timeline is malformed \(.+\), so no transcript\.vtt$/);
  });
});
