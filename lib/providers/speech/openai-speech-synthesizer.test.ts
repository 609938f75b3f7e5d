import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import { ProviderHttpError } from "@/lib/providers/http/fetch-with-retry";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { startLocalProvider, type ReceivedRequest } from "@/test/local-provider-server";
import { createOpenAiSpeechSynthesizer } from "./openai-speech-synthesizer";

// A local server speaking OpenAI's speech API (POST /v1/audio/speech: JSON in, audio bytes out), as OpenAI and
// Kokoro-FastAPI do. A request for the voice "missing" gets OpenAI's 400 error body.
let mp3: Buffer;
let provider: Awaited<ReturnType<typeof startLocalProvider>>;

beforeAll(async () => {
  mp3 = await withTempDir("openai-tts-test", async (dir) =>
    readFile(await renderSignal(dir, "tone.mp3", "sine=frequency=440:sample_rate=24000:duration=1", [], "libmp3lame")),
  );
  provider = await startLocalProvider(() => (req, res) => {
    if (req.method === "GET" && req.path === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}');
      return;
    }
    if (bodyOf(req).voice === "missing") {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Invalid voice: missing", type: "invalid_request_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "audio/mpeg" }).end(mp3);
  });
}, 60_000);
afterAll(() => provider.close());
beforeEach(() => {
  provider.received.length = 0;
});

const bodyOf = (r: ReceivedRequest) => JSON.parse(r.body.toString()) as Record<string, unknown>;

describe("OpenAI speech (SPEECH_PROVIDER=openai)", () => {
  it("posts the line to /v1/audio/speech with the model, the host's voice and MP3, and bills its characters", async () => {
    const tts = createOpenAiSpeechSynthesizer({ provider: "openai", apiKey: "sk-tts", baseUrl: `${provider.url}/v1` });
    const result = await tts.synthesize({
      text: "Hello from the studio.",
      voice: { localVoice: "slt", hostedVoice: "coral" },
    });
    const [req] = provider.received;
    expect(`${req!.method} ${req!.path}`).toBe("POST /v1/audio/speech");
    expect(req!.headers.authorization).toBe("Bearer sk-tts");
    expect(bodyOf(req!)).toEqual({
      model: "gpt-4o-mini-tts",
      input: "Hello from the studio.",
      voice: "coral",
      response_format: "mp3",
    });
    expect(result).toMatchObject({ format: "mp3", sampleRate: 24_000, voice: "coral", characters: 22 });
    expect(result.audio.equals(mp3)).toBe(true);
    expect(result.usage).toEqual([{ provider: "openai", model: "gpt-4o-mini-tts", unit: "character", quantity: 22 }]);
  });

  it("sends a text over the request limit in pieces cut at sentence ends, in order", async () => {
    const tts = createOpenAiSpeechSynthesizer({ provider: "openai", apiKey: "k", baseUrl: `${provider.url}/v1` });
    const sentence = "Sleep helps memory in ways researchers are still mapping. ";
    const text = sentence.repeat(100).trim();
    const result = await tts.synthesize({ text, voice: { localVoice: "kal", hostedVoice: "ash" } });
    const inputs = provider.received.map((r) => bodyOf(r).input as string);
    expect(inputs).toHaveLength(2);
    expect(inputs.every((i) => i.length <= 4_000 && i.endsWith("mapping."))).toBe(true);
    expect(inputs.join(" ")).toBe(text);
    expect(result.audio.length).toBe(2 * mp3.length);
  });

  it("names the server's address and its error, refuses SSML, and needs a hosted voice", async () => {
    const tts = createOpenAiSpeechSynthesizer({ provider: "openai", apiKey: "k", baseUrl: `${provider.url}/v1` });
    const error = await tts.synthesize({ text: "Hi.", voice: { localVoice: "slt", hostedVoice: "missing" } }).then(
      () => new Error("expected the call to fail"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect(error.message).toMatch(
      new RegExp(`^OpenAI speech at ${provider.url.replace(/\./g, "\\.")} answered HTTP 400: .*Invalid voice: missing`),
    );
    await expect(
      tts.synthesize({ text: "Hi.", voice: { localVoice: "slt", hostedVoice: "coral" }, markup: "ssml" }),
    ).rejects.toThrow("openai does not take ssml markup");
    await expect(tts.synthesize({ text: "Hi.", voice: { localVoice: "slt" } })).rejects.toThrow(
      'No OpenAI speech voice for local voice "slt": set the host\'s hosted voice',
    );
  });
});

describe("an OpenAI-compatible speech server (SPEECH_PROVIDER=openai-compatible, e.g. Kokoro-FastAPI)", () => {
  it("speaks with the server's model and voice, sends no key when none is set, and reports health", async () => {
    const tts = createOpenAiSpeechSynthesizer({ provider: "openai-compatible", baseUrl: `${provider.url}/v1/` });
    const result = await tts.synthesize({ text: "Naps help.", voice: { localVoice: "slt", hostedVoice: "af_bella" } });
    const [req] = provider.received;
    expect(req!.headers.authorization).toBeUndefined();
    expect(bodyOf(req!)).toMatchObject({ model: "kokoro", input: "Naps help.", voice: "af_bella" });
    expect(result.usage).toEqual([{ provider: "openai-compatible", model: "kokoro", unit: "character", quantity: 10 }]);
    expect(await tts.health()).toEqual({
      ok: true,
      detail: `OpenAI-compatible speech server at ${provider.url} answered, model kokoro`,
    });
  });
});
