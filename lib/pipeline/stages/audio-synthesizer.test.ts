import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fitToPlan } from "@/lib/domain/fit-to-plan";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import { fakeAudioToolkit, type FakeAudioAnswers } from "@/test/fake-audio-toolkit";
import { DEFAULT_CALL_RETRY } from "@/lib/domain/call-retry-policy";
import type { StageContext } from "../types";
import { audioSynthesizer } from "./audio-synthesizer";
import type { SpeechScriptOutput } from "./tts-optimizer";

// The synthesizer's own decisions (pauses, fitting to the plan, the timeline, what is stored) on a fake audio
// toolkit and a fake engine: no ffmpeg, no speech engine. audio-stages.test.ts runs the same stage on real audio.

/** Speaks each line as its own text, so a test can read which take went where. */
const engine: SpeechSynthesizer = {
  id: "flite",
  markups: ["plain"],
  voices: () => ["slt", "kal"],
  estimate: () => [],
  synthesize: async (request) => ({
    audio: Buffer.from(request.text),
    format: "wav",
    sampleRate: 16_000,
    voice: request.voice.localVoice,
    characters: request.text.length,
    usage: [],
  }),
  health: async () => ({ ok: true, detail: "fake" }),
};

const LINES = [
  { segment: 0, speaker: "Ada", text: "Welcome back." },
  { segment: 0, speaker: "Ben", text: "Today, sleep." },
  { segment: 1, speaker: "Ada", text: "Thanks for listening." },
];

let dir: string;
let storage: AudioStorage;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "audio-synthesizer-"));
  storage = createLocalStorage(path.join(dir, "storage"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function run(answers: FakeAudioAnswers, plannedSeconds: number) {
  const { toolkit, calls } = fakeAudioToolkit(answers);
  const speech: SpeechScriptOutput = {
    scriptVersionId: "v7",
    engine: "flite",
    markup: "plain",
    changes: [],
    lines: LINES.map((l, i) => ({
      segment: l.segment,
      line: i + 1,
      speaker: l.speaker,
      voice: { localVoice: i % 2 ? "kal" : "slt", hostedVoice: null },
      spokenText: l.text,
      markup: l.text,
    })),
  };
  const ctx = {
    episode: {
      id: "ep-1",
      title: "Sleep",
      topic: "Sleep",
      complexity: "LOW",
      format: "TWO_HOSTS",
      speakerCount: 2,
      targetMinutes: 1,
    },
    outputs: {
      "tts-optimizer": speech,
      "episode-planner": { segments: [{ title: "All", targetSeconds: plannedSeconds }] },
    },
    meter: { authorize: async () => ({ holdId: "h" }), charge: async () => undefined, release: async () => undefined },
    providers: { speech: engine, storage, audioToolkit: toolkit },
    progress: () => undefined,
    signal: new AbortController().signal,
    callRetry: { ...DEFAULT_CALL_RETRY, onRetry: () => undefined },
  } as unknown as StageContext;
  return { output: audioSynthesizer.run(ctx), calls };
}

const TAKES = [
  { durationSeconds: 2, integratedLufs: -18.12345, gainDb: -1.9 },
  { durationSeconds: 3, integratedLufs: -30, gainDb: 10 },
  { durationSeconds: 4, integratedLufs: -70, gainDb: 0 },
];

describe("audio synthesizer on a fake toolkit", () => {
  it("levels each line's take, stitches them with turn and segment pauses, and stores the master with its measurements", async () => {
    const { output, calls } = run(
      {
        level: (i) => TAKES[i]!,
        master: () => ({
          report: { durationSeconds: 10.25, integratedLufs: -16.2, truePeakDbtp: -1.7, loudnessRangeLu: 3.5 },
          limiterCeilingDb: -6,
          gainDb: 5,
          normalization: "linear",
          encodes: 2,
        }),
        masterBytes: Buffer.from("the master mp3"),
        peaks: { peaks: [[-0.25, 0.25]], duration: 10.25, buckets: 1 },
      },
      60,
    );
    const audio = await output;

    // The takes the engine said, in script order.
    expect(calls.level.map((c) => c.bytes)).toEqual(LINES.map((l) => l.text));
    // Short of the plan: said as spoken, a turn's pause within a segment, a longer one between segments, none at the end.
    expect(calls.stitch).toEqual([
      {
        tempo: 1,
        segments: [
          { file: "line-0000.wav", ...TAKES[0], pauseAfterSeconds: 0.35 },
          { file: "line-0001.wav", ...TAKES[1], pauseAfterSeconds: 0.9 },
          { file: "line-0002.wav", ...TAKES[2], pauseAfterSeconds: 0 },
        ],
      },
    ]);
    expect(audio.timeline).toEqual([
      { segment: 0, line: 1, speaker: "Ada", text: "Welcome back.", start: 0, end: 2 },
      { segment: 0, line: 2, speaker: "Ben", text: "Today, sleep.", start: 2.35, end: 5.35 },
      { segment: 1, line: 3, speaker: "Ada", text: "Thanks for listening.", start: 6.25, end: 10.25 },
    ]);
    const TAKE = /^speech-takes\/flite\/[0-9a-f]{64}$/;
    expect(audio.lines).toEqual([
      { line: 1, speaker: "Ada", durationSeconds: 2, integratedLufs: -18.123, takeKey: expect.stringMatching(TAKE) },
      { line: 2, speaker: "Ben", durationSeconds: 3, integratedLufs: -30, takeKey: expect.stringMatching(TAKE) },
      { line: 3, speaker: "Ada", durationSeconds: 4, integratedLufs: -70, takeKey: expect.stringMatching(TAKE) },
    ]);

    // The master's bytes under the script version's key, and what mastering measured on it.
    expect(audio.storageKey).toBe("episodes/ep-1/audio/v7.mp3");
    expect((await buffer((await storage.get(audio.storageKey)).body)).toString()).toBe("the master mp3");
    expect(audio).toMatchObject({
      synthesizedLines: 3,
      reusedLines: 0,
      scriptVersionId: "v7",
      mimeType: "audio/mpeg",
      byteSize: "the master mp3".length,
      engine: "flite",
      durationSeconds: 10.25,
      integratedLufs: -16.2,
      truePeakDbtp: -1.7,
      loudnessRangeLu: 3.5,
      limiterCeilingDb: -6,
      encodes: 2,
      tempo: 1,
      characters: LINES.reduce((n, l) => n + l.text.length, 0),
      peaks: { peaks: [[-0.25, 0.25]], duration: 10.25, buckets: 1 },
    });
  });

  it("fits an episode that runs long to its plan, and places the lines in the sped-up mix's time", async () => {
    const { output, calls } = run({ level: (i) => TAKES[i]! }, 7);
    const audio = await output;
    const fit = fitToPlan([2, 3, 4], [0.35, 0.9, 0], 7);
    expect(fit.tempo).toBeGreaterThan(1);
    expect(calls.stitch[0]!.tempo).toBe(fit.tempo);
    expect(calls.stitch[0]!.segments.map((s) => s.pauseAfterSeconds)).toEqual(fit.pauses);
    expect(audio.tempo).toBe(Math.round(fit.tempo * 1000) / 1000);
    const spoken = 2 + 3 + 4 + fit.pauses.reduce((n, p) => n + p, 0);
    expect(audio.timeline.at(-1)!.end).toBeCloseTo(spoken / fit.tempo, 3);
    expect(audio.timeline[1]!.start).toBeCloseTo((2 + fit.pauses[0]!) / fit.tempo, 3);
  });

  it("fails when mastering fails, and stores no master", async () => {
    const { output } = run(
      {
        master: () => {
          throw new Error("stitched.wav is silent: there is nothing to master");
        },
      },
      60,
    );
    await expect(output).rejects.toThrow(/silent: there is nothing to master/);
    expect(await storage.stat("episodes/ep-1/audio/v7.mp3")).toBeNull();
  });
});
