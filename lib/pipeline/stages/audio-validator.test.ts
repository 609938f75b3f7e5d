import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { unavailableMosScorer } from "@/lib/providers/mos/create-mos-scorer";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { Transcriber } from "@/lib/providers/transcription/types";
import { unavailableTranscriber } from "@/lib/providers/transcription/create-transcriber";
import { fakeAudioToolkit, type FakeAudioAnswers } from "@/test/fake-audio-toolkit";
import { DEFAULT_CALL_RETRY } from "@/lib/domain/call-retry-policy";
import type { StageContext } from "../types";
import type { AudioOutput } from "./audio-synthesizer";
import { audioValidator } from "./audio-validator";

// The validator's verdicts from what the audio toolkit measures and the transcriber hears, both faked: no ffmpeg, no
// recogniser. audio-stages.test.ts checks the same verdicts on real files made wrong.

const MASTER = Buffer.from("the stored master mp3");
const TEXTS = ["Welcome back to the show.", "Today we talk about sleep.", "Thanks for listening."];

let dir: string;
let storage: AudioStorage;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "audio-validator-"));
  storage = createLocalStorage(path.join(dir, "storage"));
  await storage.put("episodes/ep-1/audio/v1.mp3", MASTER, "audio/mpeg");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A synthesizer output of `seconds`, its three lines spread evenly over it. */
function synthesized(seconds: number, lines: Partial<AudioOutput["lines"][number]>[] = []): AudioOutput {
  const third = seconds / 3;
  return {
    storageKey: "episodes/ep-1/audio/v1.mp3",
    durationSeconds: seconds,
    timeline: TEXTS.map((text, i) => ({
      segment: 0,
      line: i + 1,
      speaker: i % 2 ? "Ben" : "Ada",
      text,
      start: i * third,
      end: (i + 1) * third - 0.4,
    })),
    lines: TEXTS.map((_, i) => ({
      line: i + 1,
      speaker: i % 2 ? "Ben" : "Ada",
      durationSeconds: third - 0.4,
      integratedLufs: -20,
      ...lines[i],
    })),
  } as AudioOutput;
}

/** Hears each part as `hear` says, recording what it was asked. */
function fakeTranscriber(hear: (expectedText: string) => string) {
  const asked: { audio: string; expectedText: string }[] = [];
  const transcriber: Transcriber = {
    id: "pocketsphinx",
    available: true,
    estimate: () => [],
    async transcribe(request) {
      asked.push({
        audio: (await readFile(request.audio as string)).toString(),
        expectedText: request.expectedText ?? "",
      });
      return { text: hear(request.expectedText ?? ""), durationSeconds: 1, usage: [] };
    },
    health: async () => ({ ok: true, detail: "fake" }),
  };
  return { transcriber, asked };
}

async function validate(options: {
  answers?: FakeAudioAnswers;
  audio?: AudioOutput;
  plannedSeconds?: number;
  transcriber?: Transcriber;
}) {
  const { toolkit, calls } = fakeAudioToolkit(options.answers);
  const ctx = {
    episode: { id: "ep-1", targetMinutes: 1 },
    outputs: {
      "audio-synthesizer": options.audio ?? synthesized(30),
      "episode-planner": { segments: [{ title: "All", targetSeconds: options.plannedSeconds ?? 30 }] },
    },
    meter: { authorize: async () => ({ holdId: "h" }), charge: async () => undefined, release: async () => undefined },
    providers: {
      storage,
      audioToolkit: toolkit,
      transcriber: options.transcriber ?? unavailableTranscriber("none installed"),
      mos: unavailableMosScorer(),
    },
    progress: () => undefined,
    signal: new AbortController().signal,
    callRetry: { ...DEFAULT_CALL_RETRY, onRetry: () => undefined },
  } as unknown as StageContext;
  return { result: await audioValidator.run(ctx), calls };
}

const check = (result: Awaited<ReturnType<typeof audioValidator.run>>, key: string) =>
  result.checks.find((c) => c.key === key)!;

describe("audio validator on a fake toolkit", () => {
  it("measures the stored master, with gaps from half a second, and passes audio whose every measurement is in range", async () => {
    const { result, calls } = await validate({});
    expect(calls.inspect).toEqual([{ bytes: MASTER, minSilenceSeconds: 0.5 }]);
    expect(result.passed).toBe(true);
    expect(result.measurements).toMatchObject({
      integratedLufs: -16,
      truePeakDbtp: -1.6,
      clippedRuns: 0,
      longestSilenceSec: 0.4,
      durationSec: 30,
      wer: null,
    });
    // No transcriber: the word check is "not run", never passed.
    expect(result.notRun).toEqual(["wer"]);
    expect(result.transcript).toBeNull();
    expect(result.mos).toBeNull();
  });

  it("fails a master that measures too quiet on loudness, saying by how much", async () => {
    const { result } = await validate({ answers: { inspect: { integratedLufs: -24.3 } } });
    expect(check(result, "loudness")).toMatchObject({ passed: false, measured: -24.3 });
    expect(check(result, "loudness").detail).toMatch(/8\.3 LU too quiet/);
    expect(result.passed).toBe(false);
  });

  it("fails clipping, true peak, dead air and duration as measured", async () => {
    const { result } = await validate({
      answers: {
        inspect: {
          clipping: { clippedSamples: 40, clippedRuns: 5, clipped: true },
          truePeakDbtp: 0.3,
          longestSilenceSeconds: 6,
          durationSeconds: 45,
        },
      },
    });
    expect(check(result, "clipping")).toMatchObject({ passed: false, measured: 5 });
    expect(check(result, "true-peak")).toMatchObject({ passed: false, measured: 0.3 });
    expect(check(result, "dead-air")).toMatchObject({ passed: false, measured: 6 });
    expect(check(result, "duration")).toMatchObject({ passed: false, measured: 45 });
    expect(check(result, "loudness").passed).toBe(true);
  });

  it("fails a line whose take was silent", async () => {
    const { result } = await validate({ audio: synthesized(30, [{}, { integratedLufs: -70 }]) });
    expect(result.measurements.segments![1]).toMatchObject({ id: "line 2 (Ben)", integratedLufs: null });
    expect(check(result, "silent-segments").passed).toBe(false);
  });

  it("hears a long episode in two parts cut between lines, each against its own lines, and scores the words", async () => {
    const { transcriber, asked } = fakeTranscriber((expected) => expected);
    const { result, calls } = await validate({
      audio: synthesized(150),
      plannedSeconds: 150,
      answers: { inspect: { durationSeconds: 150 } },
      transcriber,
    });
    // Lines end 0.4 s before the next starts: the cut falls in the middle of the pause after line 1.
    expect(calls.cut.sort((a, b) => a.startSeconds - b.startSeconds)).toEqual([
      { startSeconds: 0, endSeconds: 49.8 },
      { startSeconds: 49.8, endSeconds: 150 },
    ]);
    expect(asked.sort((a, b) => a.audio.localeCompare(b.audio))).toEqual([
      { audio: "part 0-49.8", expectedText: TEXTS[0] },
      { audio: "part 49.8-150", expectedText: `${TEXTS[1]}\n${TEXTS[2]}` },
    ]);
    expect(result.transcript).toBe(`${TEXTS[0]} ${TEXTS[1]}\n${TEXTS[2]}`);
    expect(check(result, "wer")).toMatchObject({ passed: true, measured: 0 });
    expect(result.passed).toBe(true);
  });

  it("fails audio that does not say the script on word errors", async () => {
    const { transcriber } = fakeTranscriber(() => "markets fell sharply on tuesday");
    const { result, calls } = await validate({ transcriber });
    // A short episode is heard whole: nothing is cut.
    expect(calls.cut).toEqual([]);
    expect(result.transcript).toBe("markets fell sharply on tuesday");
    expect(check(result, "wer").passed).toBe(false);
    expect(check(result, "wer").measured!).toBeGreaterThan(0.5);
    expect(result.passed).toBe(false);
  });
});
