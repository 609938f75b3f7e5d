import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { episodeIn, episodesWorkspace } from "@/test/episodes-workspace";
import { ProduceUsageError, produceEpisode, readSourcesDir, summariseStages } from "./produce-episode";

const temp = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix));

describe("produceEpisode (npm run produce)", () => {
  it("produces an auto-approved episode end to end and writes its MP3, WebVTT transcript and certification", { timeout: 240_000 }, async () => {
    const { db, url } = await freshDatabase();
    const outDir = await temp("produce-out-");
    const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: await temp("produce-storage-") };
    const states = new Set<string>();
    try {
      const result = await produceEpisode(
        { topic: "How sleep helps memory", sourcesDir: path.resolve("bench/sources"), minutes: 2, outDir, env },
        { onProgress: (s) => s.stages.forEach((stage) => states.add(`${stage.key}:${stage.state}`)) },
      );
      expect(result, "outcome" in result && "reason" in result ? String(result.reason) : "").toMatchObject({ outcome: "ready", outDir });
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

      const episode = await db.episode.findUniqueOrThrow({ where: { id: result.episodeId }, include: { sources: true, gates: true } });
      expect(episode).toMatchObject({ status: "READY", autoApprove: true, targetMinutes: 2 });
      expect(episode.sources.map((s) => s.kind)).toEqual(["MARKDOWN", "MARKDOWN"]);
      expect(episode.gates.every((g) => g.status === "APPROVED" && g.automatic)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });

  it("summarises each stage that ran: runs, attempts and time from its runs, cost from the ledger, and the hosted estimate", async () => {
    const ws = await episodesWorkspace();
    try {
      const episode = await episodeIn(ws, ws.users.producer, "READY");
      const run = await ws.db.pipelineRun.create({ data: { episodeId: episode.id, reason: "create" } });
      const stageRun = (stage: string, iteration: number, attempt: number, durationMs: number) =>
        ws.db.stageRun.create({ data: { pipelineRunId: run.id, episodeId: episode.id, stage, iteration, attempt, durationMs, status: "SUCCEEDED" } });
      const writer = [await stageRun("script-writer", 1, 2, 1_000), await stageRun("script-writer", 2, 1, 500)];
      const speech = await stageRun("audio-synthesizer", 1, 1, 3_000);
      const charge = (stageRunId: string, stage: string, provider: string, amount: string, projectedAmount: string | null) =>
        ws.db.costEntry.create({
          data: { idempotencyKey: `${stageRunId}:${amount}:${provider}`, episodeId: episode.id, stageRunId, stage, provider, model: "m", unit: "character", quantity: "1", unitPrice: amount, amount, projectedAmount },
        });
      // A hosted call costs what it costs (no projection); offline calls cost $0 and project their hosted price.
      await charge(writer[0]!.id, "script-writer", "anthropic", "0.120000", null);
      await charge(writer[1]!.id, "script-writer", "offline", "0", "0.030000");
      await charge(speech.id, "audio-synthesizer", "offline", "0", "0.450000");

      const stages = await summariseStages(ws.db, episode.id);
      expect(stages.map((s) => ({ ...s, cost: s.cost.toFixed(4), projectedCost: s.projectedCost.toFixed(4) }))).toEqual([
        { key: "script-writer", label: expect.any(String), runs: 2, attempts: 3, durationMs: 1_500, cost: "0.1200", projectedCost: "0.1500" },
        { key: "audio-synthesizer", label: expect.any(String), runs: 1, attempts: 1, durationMs: 3_000, cost: "0.0000", projectedCost: "0.4500" },
      ]);
    } finally {
      await ws.db.$disconnect();
    }
  });

  it("refuses an unknown show by naming the shows there are, before any episode exists", async () => {
    const { db, url } = await freshDatabase();
    try {
      const attempt = produceEpisode({ topic: "How sleep helps memory", showSlug: "nope", minutes: 1, env: { ...process.env, DATABASE_URL: url } });
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
