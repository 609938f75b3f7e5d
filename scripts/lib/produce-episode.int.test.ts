import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import { STAGE_KEYS } from "@/lib/domain/stages";
import { getEpisodeCosts } from "@/lib/episodes/get-episode-costs";
import { ProduceUsageError, produceEpisode, readSourcesDir } from "./produce-episode";
import { OWN_SCRIPT } from "@/test/own-script";
import { SOURCES } from "@/test/pipeline-harness";

const temp = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix));

/**
 * The default hosted list prices an unconfigured offline studio projects at, by unit: Claude Sonnet 4.5 $3 / $15 per
 * million tokens in / out, ElevenLabs Multilingual v2 $0.10 per thousand characters, gpt-4o-mini-transcribe $0.003 a
 * minute, a Tavily search $0.008.
 */
const HOSTED_PRICE: Record<string, string> = {
  input_token: "0.000003",
  output_token: "0.000015",
  character: "0.0001",
  minute: "0.003",
  request: "0.008",
};

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

        // Every offline ledger entry projects at its hosted price, computed here by hand; the stages sum them.
        const entries = await db.costEntry.findMany({ where: { episodeId: result.episodeId } });
        const byStage = new Map<string, Decimal>();
        for (const e of entries) {
          const expected = new Decimal(e.quantity.toString())
            .times(HOSTED_PRICE[e.unit]!)
            .toDecimalPlaces(6, Decimal.ROUND_UP);
          expect(e.amount.toString(), `${e.stage} ${e.provider}`).toBe("0");
          expect(
            new Decimal(e.projectedAmount?.toString() ?? "NaN").toFixed(6),
            `${e.stage} ${e.provider} ${e.unit}`,
          ).toBe(expected.toFixed(6));
          byStage.set(e.stage!, (byStage.get(e.stage!) ?? new Decimal(0)).plus(expected));
        }
        // Speech and transcription are offline too, and project what ElevenLabs and OpenAI would have billed.
        expect(byStage.get("audio-synthesizer")?.isPositive()).toBe(true);
        expect(entries.some((e) => e.provider === "pocketsphinx" && e.projectedAmount?.isPositive())).toBe(true);
        // The command line's Hosted est. column and the studio's Costs tab are these sums.
        const studio = await getEpisodeCosts(db, result.episodeId);
        const expectedByStage = [...byStage].map(([stage, sum]) => [stage, sum.toFixed(4)]).sort();
        expect(
          result.stages
            .filter((s) => byStage.has(s.key))
            .map((s) => [s.key, s.projectedCost.toFixed(4)])
            .sort(),
        ).toEqual(expectedByStage);
        expect(
          studio.stages
            .filter((s) => s.calls > 0)
            .map((s) => [s.key, s.projected])
            .sort(),
        ).toEqual(expectedByStage);
      } finally {
        await db.$disconnect();
      }
    },
  );

  it(
    "produces from a finished script (--script): research and writing skipped, version 1 the producer's, audio made",
    { timeout: 240_000 },
    async () => {
      const { db, url } = await freshDatabase();
      const dir = await temp("produce-script-");
      const scriptFile = path.join(dir, "episode.txt");
      await writeFile(scriptFile, OWN_SCRIPT);
      const sourcesDir = path.join(dir, "sources");
      await mkdir(sourcesDir);
      for (const [i, source] of SOURCES.entries()) await writeFile(path.join(sourcesDir, `${i}.md`), source.content);
      const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: await temp("produce-storage-") };
      try {
        const result = await produceEpisode({
          scriptFile,
          sourcesDir,
          minutes: 10,
          outDir: path.join(dir, "out"),
          env,
        });
        // Ready, or waiting at the final gate because a check failed (auto-approval needs every check to pass):
        // either way the pipeline ran from the script to the audio.
        expect(["ready", "awaiting-studio"], JSON.stringify(result)).toContain(result.outcome);
        if (result.outcome !== "ready" && result.outcome !== "awaiting-studio") return;
        const episode = await db.episode.findUniqueOrThrow({
          where: { id: result.episodeId },
          include: { scriptVersions: true, stageRuns: true },
        });
        expect(episode.topic).toBe("Cold open; The study; Wrap-up");
        expect(episode.targetMinutes).toBe(1);
        expect(episode.scriptVersions.map((v) => [v.version, v.authorKind])).toEqual([[1, "USER"]]);
        const ran = episode.stageRuns.filter((r) => r.status !== "SKIPPED").map((r) => r.stage);
        expect(ran).not.toContain("research-discovery");
        expect(ran).not.toContain("script-writer");
        expect(ran).toContain("brand-validator");
        expect(ran).toContain("audio-synthesizer");
        expect(result.stages.map((s) => s.key)).not.toContain("research-discovery");
      } finally {
        await db.$disconnect();
      }
    },
  );

  it("refuses a script naming someone who is not a host, with the line number, before any episode exists", async () => {
    const { db, url } = await freshDatabase();
    const dir = await temp("produce-script-");
    const scriptFile = path.join(dir, "bad.txt");
    await writeFile(scriptFile, "## Open\nMaya Chen: Hi.\nSam: Hello.\n");
    try {
      const attempt = produceEpisode({ scriptFile, minutes: 1, env: { ...process.env, DATABASE_URL: url } });
      await expect(attempt).rejects.toThrow(ProduceUsageError);
      await expect(attempt).rejects.toThrow(`line 3: "Sam" is not one of the show's hosts (Maya Chen, Theo Marsh)`);
      expect(await db.episode.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

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
