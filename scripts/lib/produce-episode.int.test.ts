import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { ProduceUsageError, produceEpisode, readSourcesDir } from "./produce-episode";

const temp = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix));

describe("produceEpisode (npm run produce)", () => {
  it(
    "produces an auto-approved episode end to end and writes its MP3, WebVTT transcript and certification",
    { timeout: 240_000 },
    async () => {
      const { db, url } = await freshDatabase();
      const outDir = await temp("produce-out-");
      const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: await temp("produce-storage-") };
      const states = new Set<string>();
      try {
        const result = await produceEpisode(
          { topic: "How sleep helps memory", sourcesDir: path.resolve("bench/sources"), minutes: 2, outDir, env },
          { onProgress: (s) => s.stages.forEach((stage) => states.add(`${stage.key}:${stage.state}`)) },
        );
        expect(result, "outcome" in result && "reason" in result ? String(result.reason) : "").toMatchObject({
          outcome: "ready",
          outDir,
        });
        if (result.outcome !== "ready") return;

        expect((await stat(result.files.audio)).size).toBeGreaterThan(10_000);
        const vtt = await readFile(result.files.transcript, "utf8");
        expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
        expect(vtt).toMatch(/\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n<v [^>]+>/);
        const certification = JSON.parse(await readFile(result.files.certification, "utf8"));
        expect(certification).toMatchObject({ episodeId: result.episodeId, certified: result.certification.certified });
        expect(certification.report).toBeTruthy();

        expect(result.stages.map((s) => s.key).sort()).toEqual([...STAGE_KEYS].sort());
        expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.setupMs + result.timings.pipelineMs);
        expect(states.has("audio-synthesizer:SUCCEEDED")).toBe(true);

        const episode = await db.episode.findUniqueOrThrow({
          where: { id: result.episodeId },
          include: { sources: true, gates: true },
        });
        expect(episode).toMatchObject({ status: "READY", autoApprove: true, targetMinutes: 2 });
        expect(episode.sources.map((s) => s.kind)).toEqual(["MARKDOWN", "MARKDOWN"]);
        expect(episode.gates.every((g) => g.status === "APPROVED" && g.automatic)).toBe(true);
      } finally {
        await db.$disconnect();
      }
    },
  );

  it("refuses an unknown show by naming the shows there are, before any episode exists", async () => {
    const { db, url } = await freshDatabase();
    try {
      const attempt = produceEpisode({
        topic: "How sleep helps memory",
        showSlug: "nope",
        minutes: 1,
        env: { ...process.env, DATABASE_URL: url },
      });
      await expect(attempt).rejects.toThrow(ProduceUsageError);
      await expect(attempt).rejects.toThrow(/no show "nope"\. Shows: signal-and-noise/);
      expect(await db.episode.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a sources folder that is missing or has nothing it can read", async () => {
    const warnings: string[] = [];
    await expect(readSourcesDir("/no/such/folder", () => {})).rejects.toThrow(/does not exist/);
    const dir = await temp("produce-sources-");
    await writeFile(path.join(dir, "notes.docx"), "binary");
    await expect(readSourcesDir(dir, (w) => warnings.push(w))).rejects.toThrow(/has no \.txt, \.md or \.pdf files/);
    expect(warnings).toEqual(["Skipping notes.docx: only .txt, .md and .pdf files are read."]);
  });
});
