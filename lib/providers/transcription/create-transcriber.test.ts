import { describe, expect, it } from "vitest";
import { createTranscriber, unavailableTranscriber } from "./create-transcriber";
import { TranscriptionUnavailableError } from "./types";

describe("createTranscriber", () => {
  it("uses OpenAI when asked or when auto finds its key", async () => {
    expect((await createTranscriber({ OPENAI_API_KEY: "k" })).id).toBe("openai");
    expect((await createTranscriber({ TRANSCRIPTION_PROVIDER: "openai", OPENAI_API_KEY: "k" })).id).toBe("openai");
    await expect(createTranscriber({ TRANSCRIPTION_PROVIDER: "openai" })).rejects.toThrow(/OPENAI_API_KEY/);
  });

  it("can be switched off, and rejects unknown providers", async () => {
    const none = await createTranscriber({ TRANSCRIPTION_PROVIDER: "none" });
    expect(none.available).toBe(false);
    await expect(createTranscriber({ TRANSCRIPTION_PROVIDER: "whisper.cpp" })).rejects.toThrow(
      /Unknown TRANSCRIPTION_PROVIDER/,
    );
  });

  it("auto without a key is pocketsphinx when installed, else unavailable", async () => {
    const transcriber = await createTranscriber({});
    const health = await transcriber.health();
    if (transcriber.id === "pocketsphinx") expect(health.ok).toBe(true);
    else expect(transcriber).toMatchObject({ id: "none", available: false });
  });
});

describe("unavailableTranscriber", () => {
  it("refuses to transcribe and says why", async () => {
    const none = unavailableTranscriber("pocketsphinx is not installed");
    await expect(none.transcribe({ audio: "x.wav" })).rejects.toThrow(TranscriptionUnavailableError);
    expect(await none.health()).toEqual({ ok: false, detail: "pocketsphinx is not installed" });
  });
});
