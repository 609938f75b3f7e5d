import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";
import { createAudioToolkit } from "@/lib/providers/audio/create-audio-toolkit";
import { createSpeechSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { SpeechSynthesizer, SynthesisRequest } from "@/lib/providers/speech/types";
import { audioSynthesizer } from "./stages/audio-synthesizer";
import type { SpeechScriptOutput } from "./stages/tts-optimizer";
import { DEFAULT_CALL_RETRY } from "@/lib/domain/call-retry-policy";
import { takeKey } from "./speech-takes";
import type { StageContext } from "./types";

// The audio stage on the machine's offline engine, with lines that fail: a retried attempt must redo only those.

const TEXTS = [
  "Welcome back to the show.",
  "Today we talk about sleep.",
  "A full night helps you remember.",
  "Naps help a little too.",
  "The evidence is still early.",
  "Thanks for listening.",
];

let dir: string;
let engine: SpeechSynthesizer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "speech-takes-"));
  engine = await createSpeechSynthesizer({});
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The engine, counting what it is asked to say and failing (for good, not transiently) the texts in `failing`. */
function countingEngine(failing: Set<string>) {
  const said: string[] = [];
  const wrapped: SpeechSynthesizer = {
    ...engine,
    voices: () => engine.voices(),
    estimate: (r) => engine.estimate(r),
    async synthesize(request: SynthesisRequest) {
      said.push(request.text);
      if (failing.has(request.text)) throw new Error(`The engine could not say "${request.text}"`);
      return engine.synthesize(request);
    },
  };
  return { wrapped, said };
}

function attempt(speech: SpeechSynthesizer, storageDir: string, charges: Usage[]): StageContext {
  const lines = TEXTS.map((text, i) => ({
    segment: 0,
    line: i + 1,
    speaker: i % 2 ? "Ben" : "Ada",
    voice: { localVoice: i % 2 ? "kal" : "slt", hostedVoice: null },
    spokenText: text,
    markup: text,
  }));
  const tts: SpeechScriptOutput = { scriptVersionId: "v1", engine: speech.id, markup: "plain", lines, changes: [] };
  return {
    episode: {
      id: "ep-1",
      title: "Sleep",
      topic: "Sleep",
      complexity: "LOW",
      format: "TWO_HOSTS",
      speakerCount: 2,
      targetMinutes: 1,
    },
    outputs: { "tts-optimizer": tts, "episode-planner": { segments: [{ title: "All", targetSeconds: 20 }] } },
    meter: {
      authorize: async () => ({ holdId: "h" }),
      charge: async (u: Usage) => (charges.push(u), new Decimal(0)),
      release: async () => undefined,
      settled: async () => undefined,
    },
    providers: { speech, storage: createLocalStorage(storageDir), audioToolkit: createAudioToolkit() },
    progress: () => undefined,
    signal: new AbortController().signal,
    callRetry: { ...DEFAULT_CALL_RETRY, onRetry: () => undefined },
  } as unknown as StageContext;
}

describe("takes kept across attempts", () => {
  it(
    "a second attempt synthesises only the lines the first did not, and reused lines are not charged again",
    { timeout: 120_000 },
    async () => {
      const storage = path.join(dir, "storage");
      const charges: Usage[] = [];
      const first = countingEngine(new Set([TEXTS[2]!]));
      await expect(audioSynthesizer.run(attempt(first.wrapped, storage, charges))).rejects.toThrow(
        /could not say "A full night/,
      );
      // Two lines at a time: lines 1 and 2, then 3 (fails), perhaps beside 4 (which then finishes); after the failure
      // nothing new starts, so 5 and 6 never do. Lines run side by side, so the order they reach the engine is the
      // machine's: only which lines were asked for is checked.
      expect(first.said).toEqual(expect.arrayContaining(TEXTS.slice(0, 3)));
      expect(first.said.length).toBeLessThanOrEqual(4);
      const kept = first.said.filter((text) => text !== TEXTS[2]);
      expect(charges).toHaveLength(kept.length);

      const second = countingEngine(new Set());
      const audio = await audioSynthesizer.run(attempt(second.wrapped, storage, charges));
      expect([...second.said].sort()).toEqual(TEXTS.filter((text) => !kept.includes(text)).sort());
      expect(second.said).toContain(TEXTS[2]);
      expect(charges).toHaveLength(TEXTS.length); // every line charged exactly once over both attempts
      expect(audio.lines).toHaveLength(TEXTS.length);
      expect(audio.characters).toBe(charges.reduce((n, c) => n + Number(c.quantity), 0));

      const third = countingEngine(new Set());
      await audioSynthesizer.run(attempt(third.wrapped, storage, charges));
      expect(third.said).toEqual([]);
      expect(charges).toHaveLength(TEXTS.length);
    },
  );

  it("keys a take by what is said, how and by which engine, not by episode or attempt", () => {
    const request = { text: "Hello.", voice: { localVoice: "slt", hostedVoice: null }, markup: "plain" as const };
    const key = takeKey({ id: "elevenlabs", settings: { model: "m1", outputFormat: "mp3_44100_128" } }, request);
    expect(key).toMatch(/^speech-takes\/elevenlabs\/[0-9a-f]{64}$/);
    expect(
      takeKey({ id: "elevenlabs", settings: { outputFormat: "mp3_44100_128", model: "m1" } }, { ...request }),
    ).toBe(key);
    for (const changed of [
      takeKey({ id: "elevenlabs", settings: { model: "m2", outputFormat: "mp3_44100_128" } }, request),
      takeKey({ id: "festival" }, request),
      takeKey(
        { id: "elevenlabs", settings: { model: "m1", outputFormat: "mp3_44100_128" } },
        { ...request, text: "Hello!" },
      ),
      takeKey(
        { id: "elevenlabs", settings: { model: "m1", outputFormat: "mp3_44100_128" } },
        { ...request, markup: "ssml" },
      ),
      takeKey(
        { id: "elevenlabs", settings: { model: "m1", outputFormat: "mp3_44100_128" } },
        { ...request, voice: { localVoice: "slt", hostedVoice: "v9" } },
      ),
    ]) {
      expect(changed).not.toBe(key);
    }
  });
});
