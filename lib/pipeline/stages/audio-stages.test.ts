import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAudioToolkit } from "@/lib/providers/audio/create-audio-toolkit";
import { toMoney } from "@/lib/domain/money";
import { COST_TARGETS } from "@/lib/domain/targets";
import { runFfmpeg } from "@/lib/providers/audio/run-ffmpeg";
import { createSpeechSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { createTranscriber } from "@/lib/providers/transcription/create-transcriber";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import { createMosScorer, unavailableMosScorer } from "@/lib/providers/mos/create-mos-scorer";
import { writeToyDnsmosModel } from "@/lib/providers/mos/build-test-onnx-model";
import { mapDnsmos } from "@/lib/providers/mos/dnsmos-windows";
import { mosOf } from "../quality-inputs";
import type { StageContext } from "../types";
import type { StageShow } from "@/lib/domain/stage-inputs";
import { ttsOptimizer } from "./tts-optimizer";
import { audioSynthesizer, type AudioOutput } from "./audio-synthesizer";
import { audioValidator, type AudioValidationOutput } from "./audio-validator";
import { DEFAULT_CALL_RETRY } from "@/lib/domain/call-retry-policy";

// The audio stages on real parts: the machine's offline speech engine, ffmpeg, pocketsphinx when installed, and a
// local storage folder. Each failure case is a real file, made wrong the way production audio goes wrong.

const show: StageShow = {
  id: "show-1",
  name: "Signal and Noise",
  tone: "Curious and warm.",
  audience: "Curious listeners.",
  requiredPhrases: [],
  bannedPhrases: [],
  humilityMarkers: ["the evidence suggests"],
  pronunciationLexicon: [{ term: "SQL", say: "sequel" }],
  brandThreshold: 9.3,
  dimensionThreshold: 7,
  targetReadingGrade: 9,
  hosts: [
    { name: "Ada", persona: "lead", localVoice: "slt", hostedVoice: null },
    { name: "Ben", persona: "co-host", localVoice: "kal", hostedVoice: null },
  ],
};

const SCRIPT = [
  [
    { speaker: "Ada", text: "Welcome back to the show. Today we talk about sleep and memory." },
    { speaker: "Ben", text: "I slept badly last night, and my SQL homework suffered." },
    {
      speaker: "Ada",
      text: "A study of 120 adults found that a full night of sleep improved recall by about 20 percent.",
    },
  ],
  [
    { speaker: "Ben", text: "What happens while we sleep?" },
    { speaker: "Ada", text: "The brain replays the day, and new memories move into long term storage." },
    { speaker: "Ben", text: "Thanks for listening, and sleep well." },
  ],
];

const planned = (title: string, targetSeconds: number) => ({
  title,
  purpose: title,
  targetSeconds,
  speakers: ["Ada", "Ben"],
  keyPointIndexes: [],
  hook: null,
});

let dir: string;
let ctx: StageContext;
let audio: AudioOutput;

const noMeter = {
  authorize: async () => ({ holdId: "none" }),
  charge: async () => 0,
  release: async () => undefined,
} as unknown as StageContext["meter"];

async function validate(overrides: Partial<AudioOutput> = {}): Promise<AudioValidationOutput> {
  return audioValidator.run({ ...ctx, outputs: { ...ctx.outputs, "audio-synthesizer": { ...audio, ...overrides } } });
}

const check = (result: AudioValidationOutput, key: string) => result.checks.find((c) => c.key === key)!;

/** The stored master, changed by an ffmpeg filter graph and stored under a new key. */
async function variant(name: string, args: string[]): Promise<string> {
  const original = path.join(dir, "original.mp3");
  await pipeline((await ctx.providers.storage.get(audio.storageKey)).body, createWriteStream(original));
  const changed = path.join(dir, `${name}.mp3`);
  await runFfmpeg(["-i", original, ...args, "-c:a", "libmp3lame", "-b:a", "96k", "-y", changed]);
  const key = `test/${name}.mp3`;
  await ctx.providers.storage.put(key, await readFile(changed), "audio/mpeg");
  return key;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "audio-stages-"));
  ctx = {
    episode: {
      id: "ep-1",
      title: "Sleep",
      topic: "Sleep and memory",
      complexity: "LOW",
      format: "TWO_HOSTS",
      speakerCount: 2,
      targetMinutes: 1,
    },
    show,
    sources: [],
    script: { id: "v1", version: 1, segments: SCRIPT.map((lines, i) => ({ title: `Part ${i + 1}`, lines })) },
    costs: { research: toMoney(0), content: toMoney(0), audio: toMoney(0), total: toMoney(0), budget: toMoney(5) },
    costTargets: COST_TARGETS,
    gates: [],
    // A plan the script's length fits, so only the failures made below fail.
    outputs: { "episode-planner": { segments: [planned("Part 1", 14), planned("Part 2", 10)] } },
    guidance: null,
    tier: "standard",
    meter: noMeter,
    providers: {
      speech: await createSpeechSynthesizer({}),
      transcriber: await createTranscriber({}),
      audioToolkit: createAudioToolkit(),
      storage: createLocalStorage(path.join(dir, "storage")),
      mos: unavailableMosScorer(),
    } as StageContext["providers"],
    progress: () => undefined,
    signal: new AbortController().signal,
    callRetry: { ...DEFAULT_CALL_RETRY, onRetry: () => undefined },
  };
  const speech = await ttsOptimizer.run(ctx);
  ctx.outputs["tts-optimizer"] = speech;
  audio = await audioSynthesizer.run(ctx);
  ctx.outputs["audio-synthesizer"] = audio;
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("tts optimizer", () => {
  it("writes every line in the engine's own markup with the show's lexicon and numbers in words", () => {
    const speech = ctx.outputs["tts-optimizer"]!;
    expect(speech.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(speech.lines[1]!.spokenText).toContain("my sequel homework");
    expect(speech.lines[2]!.spokenText).toContain("one hundred twenty adults");
    expect(speech.lines[2]!.spokenText).toContain("twenty percent");
    expect(speech.lines.map((l) => l.voice.localVoice)).toEqual(["slt", "kal", "slt", "kal", "slt", "kal"]);
    const markup = {
      festival: "sable",
      "espeak-ng": "ssml",
      flite: "plain",
      elevenlabs: "ssml",
      openai: "plain",
      "openai-compatible": "plain",
    }[ctx.providers.speech.id];
    expect(speech.markup).toBe(markup);
  });
});

describe("audio synthesizer and validator", () => {
  it("masters the episode to -16 LUFS and -1 dBTP, stores it, and places every line on the timeline", async () => {
    expect(Math.abs(audio.integratedLufs + 16)).toBeLessThanOrEqual(1);
    expect(audio.truePeakDbtp).toBeLessThanOrEqual(-1);
    expect(audio.sampleRate).toBe(44_100);
    expect((await ctx.providers.storage.stat(audio.storageKey))?.size).toBe(audio.byteSize);
    expect(audio.timeline.map((l) => l.speaker)).toEqual(["Ada", "Ben", "Ada", "Ben", "Ada", "Ben"]);
    for (const [i, l] of audio.timeline.entries()) {
      expect(l.end).toBeGreaterThan(l.start);
      if (i > 0) expect(l.start).toBeGreaterThanOrEqual(audio.timeline[i - 1]!.end);
    }
    expect(audio.timeline.at(-1)!.end).toBeLessThanOrEqual(audio.durationSeconds + 0.1);
    expect(audio.peaks.peaks[0]!.length).toBeGreaterThan(1000);
  });

  it("passes good audio, with every measurement beside its threshold", async () => {
    const result = await validate();
    for (const key of ["loudness", "true-peak", "clipping", "dead-air", "duration", "silent-segments"]) {
      expect(check(result, key), key).toMatchObject({ passed: true });
      expect(check(result, key).measured).not.toBeNull();
    }
    if (ctx.providers.transcriber.available) expect(check(result, "wer")).toMatchObject({ passed: true });
    expect(result.passed).toBe(true);
    // No MOS model configured: no MOS, and the SQI is still reported.
    expect(result.mos).toBeNull();
    expect(result.sqi.value).not.toBeNull();
    expect(mosOf({ outputs: { "audio-validator": result } })).toBeNull();
    // A result stored before MOS existed has no field at all: read through the stage's schema, it has no MOS.
    expect(
      mosOf({ outputs: { "audio-validator": audioValidator.output.parse({ ...result, mos: undefined }) } }),
    ).toBeNull();
  });

  it("scores the master with a configured MOS model and stores its scores beside the SQI", async () => {
    // A toy model with DNSMOS's interface (raw OVRL = 3 + 2·mean|x| per window), written here: nothing is downloaded.
    const mos = createMosScorer({ DNSMOS_MODEL_PATH: await writeToyDnsmosModel(path.join(dir, "sig_bak_ovr.onnx")) });
    const result = await audioValidator.run({
      ...ctx,
      providers: { ...ctx.providers, mos },
      outputs: { ...ctx.outputs, "audio-synthesizer": audio },
    });
    expect(result.mos).toMatchObject({ model: "DNSMOS P.835 (sig_bak_ovr.onnx)" });
    expect(result.mos!.score).toBe(result.mos!.ovrl);
    // Mastered speech has mean |x| well above 0 and below 0.5: the mapped OVRL lies between those of silence and that.
    expect(result.mos!.ovrl).toBeGreaterThan(mapDnsmos({ sig: 1, bak: 2, ovrl: 3 }).ovrl);
    expect(result.mos!.ovrl).toBeLessThan(mapDnsmos({ sig: 1, bak: 2, ovrl: 4 }).ovrl);
    expect(result.sqi.value).not.toBeNull();
    // What the certification then reports as MOS.
    expect(mosOf({ outputs: { "audio-validator": result } })).toEqual({
      score: result.mos!.score,
      model: "DNSMOS P.835 (sig_bak_ovr.onnx)",
    });
  });

  it("fails audio with a 5-second gap on dead air", async () => {
    const key = await variant("gap", [
      "-filter_complex",
      "[0:a]atrim=0:4,asetpts=N/SR/TB[a];anullsrc=r=44100:cl=mono,atrim=0:5[s];[0:a]atrim=4,asetpts=N/SR/TB[b];[a][s][b]concat=n=3:v=0:a=1[out]",
      "-map",
      "[out]",
    ]);
    const result = await validate({ storageKey: key });
    expect(check(result, "dead-air").passed).toBe(false);
    expect(check(result, "dead-air").measured!).toBeGreaterThanOrEqual(4.9);
    expect(result.passed).toBe(false);
  });

  it("fails a clipped file on clipping and true peak", async () => {
    const key = await variant("clipped", [
      "-af",
      "volume=18dB,alimiter=limit=1:level=false:attack=0.1:release=1,volume=3dB,aformat=sample_fmts=s16",
    ]);
    const result = await validate({ storageKey: key });
    expect(check(result, "clipping").passed).toBe(false);
    expect(check(result, "clipping").measured!).toBeGreaterThan(0);
    expect(check(result, "true-peak").passed).toBe(false);
    expect(result.passed).toBe(false);
  });

  it("fails audio of a different script on word errors (or reports the check not run when nothing can transcribe)", async () => {
    const otherScript = audio.timeline.map((l, i) => ({
      ...l,
      text: [
        "Markets fell sharply on Tuesday.",
        "Investors sold bonds and bought gold.",
        "Oil prices rose for a third week.",
        "Analysts expect a rate cut.",
        "Retail sales were flat in March.",
        "The central bank meets again in June.",
      ][i]!,
    }));
    const result = await validate({ timeline: otherScript });
    const wer = check(result, "wer");
    if (ctx.providers.transcriber.available) {
      expect(wer.passed).toBe(false);
      expect(wer.measured!).toBeGreaterThan(0.5);
      expect(result.passed).toBe(false);
    } else {
      expect(wer).toMatchObject({ passed: null, measured: null });
      expect(result.notRun).toContain("wer");
    }
  });
});
