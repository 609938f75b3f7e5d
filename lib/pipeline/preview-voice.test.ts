import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSpeechSynthesizer } from "@/lib/providers/speech/create-speech-synthesizer";
import { createLocalStorage } from "@/lib/providers/storage/local-storage";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import { limitVoicePreviews, previewVoice, voicePreviewSchema, PREVIEW_SENTENCE } from "./preview-voice";

let dir: string;
let engine: SpeechSynthesizer;
const said: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "preview-voice-"));
  const real = await createSpeechSynthesizer({});
  engine = {
    ...real,
    voices: () => real.voices(),
    estimate: (r) => real.estimate(r),
    synthesize: (request, options) => (said.push(request.voice.localVoice), real.synthesize(request, options)),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("previewing a host's voice", () => {
  it("synthesises the fixed sentence once per voice, then serves the stored take", async () => {
    const providers = { speech: engine, storage: createLocalStorage(dir) };
    const first = await previewVoice(providers, { localVoice: "slt", hostedVoice: null });
    expect(first.reused).toBe(false);
    expect(first.audio.length).toBeGreaterThan(10_000);
    expect(first.characters).toBe(PREVIEW_SENTENCE.length);

    const again = await previewVoice(providers, { localVoice: "slt", hostedVoice: null });
    expect(again.reused).toBe(true);
    expect(again.audio.equals(first.audio)).toBe(true);

    const other = await previewVoice(providers, { localVoice: "kal", hostedVoice: null });
    expect(other.reused).toBe(false);
    expect(other.audio.equals(first.audio)).toBe(false);
    expect(said).toEqual(["slt", "kal"]);
  });

  it("accepts only a known voice and a well-formed hosted voice id", () => {
    expect(voicePreviewSchema.safeParse({ localVoice: "slt", hostedVoice: "" }).data).toEqual({
      localVoice: "slt",
      hostedVoice: null,
    });
    expect(voicePreviewSchema.safeParse({ localVoice: "nobody" }).success).toBe(false);
    expect(voicePreviewSchema.safeParse({ localVoice: "slt", hostedVoice: "../../etc" }).success).toBe(false);
  });

  it("refuses a person's eleventh preview within a minute, not another person's first", async () => {
    for (let i = 0; i < 10; i++) await limitVoicePreviews("user-a");
    await expect(limitVoicePreviews("user-a")).rejects.toMatchObject({ status: 429 });
    await expect(limitVoicePreviews("user-b")).resolves.toBeUndefined();
  });
});
