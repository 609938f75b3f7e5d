import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "@/test/db";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedDemoWorkspace } from "@/lib/seed/seed-demo-workspace";
import { createAudioToolkit } from "@/lib/providers/audio/create-audio-toolkit";
import { createSpeechSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import { defaultStages } from "./registry";
import { runStage } from "./run-stage";
import type { AudioOutput } from "./stages/audio-synthesizer";
import type { SpeechScriptOutput } from "./stages/tts-optimizer";
import type { StageProviders } from "./types";
import { regenerateLine, regenerateLineSchema } from "./regenerate-line";
import { getEpisodeAudio } from "@/lib/episodes/get-episode-audio";
import { getReadiness } from "@/lib/episodes/get-readiness";
import { regeneratedAudioUnassessed } from "@/lib/episodes/audio-regeneration-running";
import { unavailableTranscriber } from "@/lib/providers/transcription/create-transcriber";
import { unavailableMosScorer } from "@/lib/providers/mos/create-mos-scorer";

// The audio stage through runStage, on a real PostgreSQL and the machine's offline engine: after a full episode, a
// one-line edit re-voices that line only (one synthesis, one ledger row), the other takes stay the very same files,
// and the master is mastered and measured again.

const TEXTS = [
  "Welcome back to the show.",
  "Today we talk about sleep.",
  "A full night helps you remember.",
  "Naps help a little too.",
  "The evidence is still early.",
  "Thanks for listening.",
];
const EDITED = "A full night of deep sleep helps you remember what you learned during the long day.";

let db: Db;
let dir: string;
let episodeId: string;
let pipelineRunId: string;
const said: string[] = [];
let providers: StageProviders;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  await seedDemoWorkspace(db);
  dir = await mkdtemp(path.join(os.tmpdir(), "revoice-"));
  const show = await db.show.findFirstOrThrow();
  const producer = await db.user.findFirstOrThrow({ where: { role: "PRODUCER" } });
  ({ id: episodeId } = await db.episode.create({
    data: { showId: show.id, createdById: producer.id, title: "Sleep", topic: "Sleep", budget: "5", targetMinutes: 1 },
  }));
  ({ id: pipelineRunId } = await db.pipelineRun.create({ data: { episodeId } }));
  const engine = await createSpeechSynthesizer({});
  const counted: SpeechSynthesizer = {
    ...engine,
    voices: () => engine.voices(),
    estimate: (r) => engine.estimate(r),
    health: () => engine.health(),
    synthesize: (request, options) => (said.push(request.text), engine.synthesize(request, options)),
  };
  providers = {
    speech: counted,
    storage: createLocalStorage(dir),
    audioToolkit: createAudioToolkit(),
    transcriber: unavailableTranscriber("not needed here"),
    mos: unavailableMosScorer(),
  } as unknown as StageProviders;
  await storeOutput("episode-planner", 1, {
    segments: [
      { title: "All", purpose: "Talk", targetSeconds: 30, speakers: ["Ada", "Ben"], keyPointIndexes: [], hook: null },
    ],
  });
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

/** A stage's output as an earlier run would have stored it. */
async function storeOutput(stage: string, iteration: number, output: unknown) {
  const at = new Date();
  await db.stageRun.create({
    data: {
      pipelineRunId,
      episodeId,
      stage,
      iteration,
      status: "SUCCEEDED",
      output: output as Prisma.InputJsonValue,
      startedAt: at,
      endedAt: at,
    },
  });
}

function speechScript(texts: string[], scriptVersionId: string): SpeechScriptOutput {
  const lines = texts.map((text, i) => ({
    segment: 0,
    line: i + 1,
    speaker: i % 2 ? "Ben" : "Ada",
    voice: { localVoice: i % 2 ? "kal" : "slt", hostedVoice: null },
    spokenText: text,
    markup: text,
  }));
  return { scriptVersionId, engine: providers.speech.id, markup: "plain", lines, changes: [] };
}

async function voice(iteration: number, freshLines?: number[]) {
  const result = await runStage(db, defaultStages, async () => providers, {
    pipelineRunId,
    episodeId,
    stage: "audio-synthesizer",
    iteration,
    attempt: 1,
    guidance: null,
    tier: "standard",
    freshLines,
  });
  if (!result.ok) throw new Error(result.message);
  const run = await db.stageRun.findUniqueOrThrow({
    where: { pipelineRunId_stage_iteration: { pipelineRunId, stage: "audio-synthesizer", iteration } },
    select: { id: true },
  });
  const charged = await db.costEntry.count({ where: { stageRunId: run.id } });
  return { audio: result.output as AudioOutput, charged };
}

/** Every stored take's bytes, by file name. */
async function takeFiles(): Promise<Map<string, Buffer>> {
  const folder = path.join(dir, "speech-takes", providers.speech.id);
  const names = (await readdir(folder)).filter((n) => !n.endsWith(".json"));
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(folder, n))] as const)));
}

describe("re-voicing after an edit", () => {
  it(
    "synthesises only the edited line, reuses the other takes unchanged and masters the episode again",
    { timeout: 180_000 },
    async () => {
      await storeOutput("tts-optimizer", 1, speechScript(TEXTS, "v1"));
      const full = await voice(1);
      expect(said).toHaveLength(TEXTS.length);
      expect(full.charged).toBe(TEXTS.length);
      expect(full.audio).toMatchObject({ synthesizedLines: TEXTS.length, reusedLines: 0 });
      const before = await takeFiles();
      expect(before.size).toBe(TEXTS.length);
      const firstMaster = await db.audioAsset.findFirstOrThrow({ where: { episodeId, kind: "MASTER" } });

      said.length = 0;
      const edited = TEXTS.map((t, i) => (i === 2 ? EDITED : t));
      await storeOutput("tts-optimizer", 2, speechScript(edited, "v2"));
      const revoiced = await voice(2);

      expect(said).toEqual([EDITED]); // exactly one synthesis: the edited line
      expect(revoiced.charged).toBe(1); // and one ledger row
      expect(revoiced.audio).toMatchObject({ synthesizedLines: 1, reusedLines: TEXTS.length - 1 });
      const after = await takeFiles();
      expect(after.size).toBe(TEXTS.length + 1);
      for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes)).toBe(true);
      expect(revoiced.audio.lines.map((l) => l.takeKey)).toEqual(
        full.audio.lines.map((l, i) => (i === 2 ? revoiced.audio.lines[2]!.takeKey : l.takeKey)),
      );
      expect(revoiced.audio.lines[2]!.takeKey).not.toBe(full.audio.lines[2]!.takeKey);

      // The new master was measured afresh: the longer line makes a longer episode, at the same loudness target.
      const master = await db.audioAsset.findFirstOrThrow({
        where: { episodeId, kind: "MASTER", storageKey: revoiced.audio.storageKey },
      });
      expect(revoiced.audio.storageKey).not.toBe(firstMaster.storageKey);
      expect(master.durationMs).toBeGreaterThan(firstMaster.durationMs + 1000);
      expect(master.durationMs).toBe(Math.round(revoiced.audio.durationSeconds * 1000));
      expect(Math.abs(revoiced.audio.integratedLufs + 16)).toBeLessThan(1.5);
    },
  );

  it(
    "regenerating one line synthesises that line afresh, charges it once and reuses the rest",
    { timeout: 120_000 },
    async () => {
      said.length = 0;
      const regenerated = await voice(3, [4]);
      expect(said).toEqual([TEXTS[3]]);
      expect(regenerated.charged).toBe(1);
      expect(regenerated.audio).toMatchObject({ synthesizedLines: 1, reusedLines: TEXTS.length - 1 });

      // The same step executed again (a retry after its reply was lost) returns its output and charges nothing more.
      said.length = 0;
      const replayed = await voice(3, [4]);
      expect(said).toEqual([]);
      expect(replayed.charged).toBe(1);
    },
  );

  it(
    "an editor's regeneration of one line, while the final approval waits, re-voices that line, re-masters and re-validates",
    { timeout: 120_000 },
    async () => {
      const editor = await db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
      const user = { id: editor.id, email: editor.email, name: editor.name ?? "", role: "EDITOR" as const };
      const deps = { stages: defaultStages, providers: async () => providers };
      expect(regenerateLineSchema.safeParse({ line: 2 }).success).toBe(true);
      for (const line of ["2", 0, 1.5, 10_001, null])
        expect(regenerateLineSchema.safeParse({ line }).success).toBe(false);
      await expect(regenerateLine(db, deps, episodeId, 2, user)).rejects.toThrow(/final approval/);

      await db.episode.update({ where: { id: episodeId }, data: { status: "AWAITING_FINAL_APPROVAL" } });
      // The final gate as decided (its run not yet moved on): the master it was decided on stays.
      const gate = await db.gate.create({ data: { episodeId, kind: "FINAL", status: "APPROVED" } });
      await expect(regenerateLine(db, deps, episodeId, 2, user)).rejects.toThrow(/already decided/);
      await db.gate.update({ where: { id: gate.id }, data: { status: "PENDING" } });
      await expect(regenerateLine(db, deps, episodeId, 99, user)).rejects.toThrow(
        /Line 99 of the script was not found/,
      );
      // The quality gates as they stood on the old master (on the earlier stages' results they read): its blocker
      // must not outlive the regeneration.
      await storeOutput("research-validation", 1, { judgements: [] });
      await storeOutput("research-synthesis", 1, { keyPoints: [], openQuestions: [], uncertainty: [] });
      await storeOutput("brand-validator", 1, {
        dimensions: [],
        overall: 8,
        threshold: 7,
        passed: true,
        violations: [],
        method: "rules",
        scriptVersionId: "v2",
        scriptVersion: 2,
      });
      const stale = "The old master failed its loudness check.";
      await storeOutput("qa-quality-assessment", 1, { score: 0, passed: false, detail: stale });
      await storeOutput("qa-production-readiness", 1, {
        score: 8,
        passed: false,
        detail: stale,
        certification: { certified: false, blockers: [stale], warnings: [] },
      });
      said.length = 0;
      const result = await regenerateLine(db, deps, episodeId, 2, user);
      expect(said).toEqual([TEXTS[1]]);
      expect(result).toEqual({
        line: 2,
        synthesizedLines: 1,
        reusedLines: TEXTS.length - 1,
        assessment: { reassessed: ["qa-quality-assessment", "qa-production-readiness"], certified: null },
      });
      const readiness = await getReadiness(db, episodeId);
      expect(readiness).not.toBeNull();
      expect(readiness!.blockers).not.toContain(stale);
      // Re-assessed after the new master: a final approval may now rest on it.
      expect(await regeneratedAudioUnassessed(db, episodeId)).toBe(false);
      const assessed = await db.qualityAssessment.findFirstOrThrow({ where: { episodeId } });
      const quality = await db.stageRun.findFirstOrThrow({ where: { episodeId, stage: "qa-quality-assessment" } });
      expect((quality.output as { assessment: { overall: number } }).assessment.overall).toBe(assessed.overall);

      const runs = await db.stageRun.findMany({
        where: { episodeId, iteration: { gt: 1000 } },
        select: { stage: true, status: true, output: true, _count: { select: { costEntries: true } } },
        orderBy: { stage: "asc" },
      });
      expect(runs.map((r) => [r.stage, r.status, r._count.costEntries])).toEqual([
        ["audio-synthesizer", "SUCCEEDED", 1],
        ["audio-validator", "SUCCEEDED", 0],
      ]);
      const { audio, validation } = await getEpisodeAudio(db, episodeId);
      expect((runs[1]!.output as { storageKey: string }).storageKey).toBe(
        (runs[0]!.output as { storageKey: string }).storageKey,
      );
      expect(audio?.voiced).toEqual({ synthesized: 1, reused: TEXTS.length - 1 });
      expect(validation?.checks.length).toBeGreaterThan(0);
      expect(await db.auditLog.count({ where: { action: "audio.line.regenerate", entityId: episodeId } })).toBe(1);
    },
  );
  it(
    "a regeneration left running by a server that died no longer blocks the next one; a live one does",
    { timeout: 120_000 },
    async () => {
      const editor = await db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
      const user = { id: editor.id, email: editor.email, name: editor.name ?? "", role: "EDITOR" as const };
      const deps = { stages: defaultStages, providers: async () => providers };
      await db.episode.update({ where: { id: episodeId }, data: { status: "AWAITING_FINAL_APPROVAL" } });
      const run = await db.pipelineRun.findFirstOrThrow({ where: { episodeId } });
      const claim = (iteration: number, minutesAgo: number) =>
        db.stageRun.create({
          data: {
            pipelineRunId: run.id,
            episodeId,
            stage: "audio-synthesizer",
            iteration,
            status: "RUNNING",
            startedAt: new Date(Date.now() - minutesAgo * 60_000),
          },
        });
      const live = await claim(5_000, 1);
      await expect(regenerateLine(db, deps, episodeId, 2, user)).rejects.toThrow(/being produced already/);
      await db.stageRun.delete({ where: { id: live.id } });

      const dead = await claim(5_001, 30);
      const result = await regenerateLine(db, deps, episodeId, 2, user);
      expect(result.line).toBe(2);
      const abandoned = await db.stageRun.findUniqueOrThrow({ where: { id: dead.id } });
      expect([abandoned.status, abandoned.error]).toEqual([
        "FAILED",
        "Abandoned: the server stopped while regenerating.",
      ]);
    },
  );
  it("a regeneration that throws before its stage starts leaves its claim failed with the error, not running", async () => {
    const editor = await db.user.findFirstOrThrow({ where: { role: "EDITOR" } });
    const user = { id: editor.id, email: editor.email, name: editor.name ?? "", role: "EDITOR" as const };
    await db.episode.update({ where: { id: episodeId }, data: { status: "AWAITING_FINAL_APPROVAL" } });
    // The database answers the claim, then fails runStage's own first write (before any row of its own).
    const lost = new Error("The database connection was lost.");
    const stageRuns = new Proxy(db.stageRun, {
      get: (target, key) => (key === "upsert" ? () => Promise.reject(lost) : Reflect.get(target, key)),
    });
    const failing = new Proxy(db, {
      get: (target, key) => (key === "stageRun" ? stageRuns : Reflect.get(target, key)),
    });
    const deps = { stages: defaultStages, providers: async () => providers };
    await expect(regenerateLine(failing, deps, episodeId, 2, user)).rejects.toThrow(lost.message);
    const claim = await db.stageRun.findFirstOrThrow({
      where: { episodeId, stage: "audio-synthesizer" },
      orderBy: { iteration: "desc" },
    });
    expect([claim.status, claim.error]).toEqual(["FAILED", lost.message]);
    expect(claim.endedAt).not.toBeNull();
  });
});
