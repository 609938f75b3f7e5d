import { describe, expect, it } from "vitest";
import { createSpeechSynthesizer } from "./create-speech-synthesizer";

describe("createSpeechSynthesizer", () => {
  it("uses ElevenLabs when asked or when auto finds its key", async () => {
    expect((await createSpeechSynthesizer({ SPEECH_PROVIDER: "elevenlabs", ELEVENLABS_API_KEY: "k" })).id).toBe(
      "elevenlabs",
    );
    expect((await createSpeechSynthesizer({ ELEVENLABS_API_KEY: "k" })).id).toBe("elevenlabs");
  });

  it("uses OpenAI or an OpenAI-compatible server when asked, naming what is missing", async () => {
    expect((await createSpeechSynthesizer({ SPEECH_PROVIDER: "openai", OPENAI_API_KEY: "sk" })).settings).toEqual({
      model: "gpt-4o-mini-tts",
    });
    const kokoro = await createSpeechSynthesizer({
      SPEECH_PROVIDER: "openai-compatible",
      SPEECH_BASE_URL: "http://127.0.0.1:8880/v1",
      SPEECH_MODEL: "kokoro",
    });
    expect(kokoro.id).toBe("openai-compatible");
    await expect(createSpeechSynthesizer({ SPEECH_PROVIDER: "openai" })).rejects.toThrow(/needs OPENAI_API_KEY/);
    await expect(createSpeechSynthesizer({ SPEECH_PROVIDER: "openai-compatible" })).rejects.toThrow(
      /needs SPEECH_BASE_URL.*Kokoro-FastAPI: http:\/\/127\.0\.0\.1:8880\/v1/,
    );
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
