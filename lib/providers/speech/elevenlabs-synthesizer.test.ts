import { readFile, writeFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { probeAudio } from "@/lib/providers/audio/probe-audio";
import { renderSignal } from "@/lib/providers/audio/test-signals";
import { RateLimitedError } from "@/lib/providers/errors";
import { createElevenLabsSynthesizer } from "./elevenlabs-synthesizer";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  at: number;
}

let mp3: Buffer;
let received: Received[] = [];
/** Answers for the next requests, in order; when empty, the server sends audio. */
let script: ((res: ServerResponse) => void)[] = [];
let baseUrl: string;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const raw = Buffer.concat(chunks).toString();
    received.push({
      method: req.method!,
      url: req.url!,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : {},
      at: Date.now(),
    });
    const answer = script.shift();
    if (answer) return answer(res);
    res.writeHead(200, { "content-type": "audio/mpeg" }).end(mp3);
  });
});

beforeAll(async () => {
  mp3 = await withTempDir("el-test", async (dir) =>
    readFile(await renderSignal(dir, "tone.mp3", "sine=frequency=440:sample_rate=44100:duration=1", [], "libmp3lame")),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  script = [];
});

const voice = { localVoice: "slt", hostedVoice: "voice-123" };

describe("ElevenLabs adapter", () => {
  it("posts the text to the voice's endpoint with key, model and format, and bills its characters", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret", baseUrl, model: "eleven_flash_v2_5" });
    const result = await tts.synthesize({ text: "Hello from the studio.", voice });

    expect(received).toHaveLength(1);
    const [req] = received;
    expect(req!.method).toBe("POST");
    expect(req!.url).toBe("/v1/text-to-speech/voice-123?output_format=mp3_44100_128");
    expect(req!.headers["xi-api-key"]).toBe("xi-secret");
    expect(req!.headers["content-type"]).toBe("application/json");
    expect(req!.body).toEqual({ text: "Hello from the studio.", model_id: "eleven_flash_v2_5" });
    expect(result).toMatchObject({ format: "mp3", sampleRate: 44_100, voice: "voice-123", characters: 22 });
    expect(result.usage).toEqual([
      { provider: "elevenlabs", model: "eleven_flash_v2_5", unit: "character", quantity: 22 },
    ]);
    expect(result.audio.equals(mp3)).toBe(true);
  });

  it("sends SSML pauses as ElevenLabs break tags and only the words of other tags, billing the words, not the pauses", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret", baseUrl });
    const ssml = 'Sleep &amp; <emphasis>memory</emphasis>. <break time="400ms"/> Next.';
    const request = { text: ssml, voice, markup: "ssml" as const };
    const result = await tts.synthesize(request);
    expect(received[0]!.body.text).toBe('Sleep & memory. <break time="0.4s" /> Next.');
    // "Sleep & memory. Next.": the 18 characters of the break tag are not billed.
    expect(result.characters).toBe(21);
    expect(result.usage).toEqual([
      { provider: "elevenlabs", model: "eleven_multilingual_v2", unit: "character", quantity: 21 },
    ]);
    expect(tts.estimate(request)).toEqual(result.usage);
  });

  it("chunks long text at sentence ends, gives each chunk its neighbours, and joins the audio", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "k", baseUrl, maxCharsPerRequest: 40 });
    const text = "The first sentence is here. A second one follows it. And the third ends it.";
    const result = await tts.synthesize({ text, voice });

    const texts = received.map((r) => r.body.text);
    expect(texts).toEqual(["The first sentence is here.", "A second one follows it.", "And the third ends it."]);
    expect(received[1]!.body).toMatchObject({ previous_text: texts[0], next_text: texts[2] });
    expect(result.characters).toBe(texts.join("").length);
    // Three 1 s MP3 responses joined decode as one ~3 s stream.
    await withTempDir("el-join", async (dir) => {
      const file = path.join(dir, "joined.mp3");
      await writeFile(file, result.audio);
      expect((await probeAudio(file)).durationSeconds).toBeCloseTo(3.1, 0);
    });
  });

  it("waits out a 429's Retry-After, then succeeds", async () => {
    script = [(res) => res.writeHead(429, { "retry-after": "1" }).end('{"detail":"too_many_concurrent_requests"}')];
    const tts = createElevenLabsSynthesizer({ apiKey: "k", baseUrl });
    const result = await tts.synthesize({ text: "Try again.", voice });

    expect(received).toHaveLength(2);
    const waited = received[1]!.at - received[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(3000);
    expect(result.audio.length).toBeGreaterThan(0);
  });

  it("retries a 500 and hands a long Retry-After to the engine as RateLimitedError", async () => {
    script = [
      (res) => res.writeHead(500).end("oops"),
      (res) => res.writeHead(429, { "retry-after": "120" }).end("slow down"),
    ];
    const tts = createElevenLabsSynthesizer({ apiKey: "k", baseUrl, retry: { baseDelayMs: 10 } });
    const error = await tts.synthesize({ text: "Busy.", voice }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(120_000);
    expect(received).toHaveLength(2);
  });

  it("needs the host's hosted voice id", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "k", baseUrl });
    await expect(tts.synthesize({ text: "Hi.", voice: { localVoice: "kal", hostedVoice: null } })).rejects.toThrow(
      /hosted voice/,
    );
    expect(received).toHaveLength(0);
  });

  it("reports health from the models endpoint", async () => {
    expect(await createElevenLabsSynthesizer({ apiKey: "k", baseUrl }).health()).toMatchObject({ ok: true });
    script = [(res) => res.writeHead(401).end('{"detail":"invalid_api_key"}')];
    expect(await createElevenLabsSynthesizer({ apiKey: "bad", baseUrl }).health()).toMatchObject({ ok: false });
    expect(received.map((r) => r.url)).toEqual(["/v1/models", "/v1/models"]);
  });
});
