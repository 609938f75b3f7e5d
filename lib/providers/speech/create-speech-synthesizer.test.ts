import { describe, expect, it } from "vitest";
import { createSpeechSynthesizer } from "./create-speech-synthesizer";

describe("createSpeechSynthesizer", () => {
  it("uses ElevenLabs when asked or when auto finds its key", async () => {
    expect((await createSpeechSynthesizer({ SPEECH_PROVIDER: "elevenlabs", ELEVENLABS_API_KEY: "k" })).id).toBe(
      "elevenlabs",
    );
    expect((await createSpeechSynthesizer({ ELEVENLABS_API_KEY: "k" })).id).toBe("elevenlabs");
  });

  it("refuses ElevenLabs without a key, and unknown providers", async () => {
    await expect(createSpeechSynthesizer({ SPEECH_PROVIDER: "elevenlabs" })).rejects.toThrow(/ELEVENLABS_API_KEY/);
    await expect(createSpeechSynthesizer({ SPEECH_PROVIDER: "polly" })).rejects.toThrow(/Unknown SPEECH_PROVIDER/);
  });

  it("picks a named offline engine", async () => {
    expect((await createSpeechSynthesizer({ SPEECH_PROVIDER: "espeak-ng" })).id).toBe("espeak-ng");
  });

  it("auto without a key picks the best working offline engine", async () => {
    const engine = await createSpeechSynthesizer({});
    expect(["festival", "flite", "espeak-ng"]).toContain(engine.id);
    expect((await engine.health()).ok).toBe(true);
  });
});
