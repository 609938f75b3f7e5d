import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { closedPort, startLocalProvider, type Answer } from "@/test/local-provider-server";
import { renderSignal } from "./audio/test-signals";
import { ProviderTimeoutError, ProviderUnreachableError, RateLimitedError } from "./errors";
import { createHostedModel } from "./llm/create-hosted-model";
import { createTavilySearch } from "./search/tavily-search";
import { createS3Storage } from "./storage/s3-storage";
import { createElevenLabsSynthesizer } from "./speech/elevenlabs-synthesizer";
import { createOpenAiSpeechSynthesizer } from "./speech/openai-speech-synthesizer";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { createOpenAiTranscriber } from "./transcription/openai-transcriber";

// Hosted calls against local servers on 127.0.0.1: one that accepts each request and never answers (an overloaded
// provider), one that sends its headers and then stalls, and a port nothing listens on.
let answer: Answer = "hang";
let provider: Awaited<ReturnType<typeof startLocalProvider>>;
let closed: string;

beforeAll(async () => {
  provider = await startLocalProvider(() => answer);
  closed = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(() => provider.close());
beforeEach(() => {
  answer = "hang";
  provider.received.length = 0;
});

const TIMEOUT_MS = 300;
const voice = { localVoice: "slt", hostedVoice: "voice-123" };
const llmRequest = {
  purpose: "script-writer",
  tier: "standard" as const,
  schema: z.object({ title: z.string() }),
  system: "You write podcasts.",
  prompt: "Plan.",
};

/** Runs `call`, expecting it to fail; returns the error and how long the failure took. */
async function failure(call: () => Promise<unknown>) {
  const started = Date.now();
  const error = await call().then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e as Error,
  );
  return { error, ms: Date.now() - started };
}

/** A hung call fails within its timeout (plus slack for a loaded machine), retriable like a rate limit. */
function expectTimedOut({ error, ms }: { error: Error; ms: number }, label: string) {
  expect(error).toBeInstanceOf(ProviderTimeoutError);
  expect(error).toBeInstanceOf(RateLimitedError);
  expect(error.message).toBe(`${label} at ${provider.url} did not answer within 0.3 s`);
  expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
  expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
}

describe("ElevenLabs text-to-speech", () => {
  it("fails a request the provider accepts and never answers within its timeout, without retrying it in place", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret-key", baseUrl: provider.url, timeoutMs: TIMEOUT_MS });
    expectTimedOut(await failure(() => tts.synthesize({ text: "Hello.", voice })), "ElevenLabs");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/text-to-speech/voice-123?output_format=mp3_44100_128",
    ]);
    await expect.poll(() => provider.received[0]!.abandoned).toBe(true);
  });

  it("counts a body that stalls after the headers as no answer", async () => {
    answer = (_, res) => res.writeHead(200, { "content-type": "audio/mpeg" }).write(Buffer.alloc(1024));
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret-key", baseUrl: provider.url, timeoutMs: TIMEOUT_MS });
    expectTimedOut(await failure(() => tts.synthesize({ text: "Hello.", voice })), "ElevenLabs");
  });

  it("names the provider, the address and the cause when the port is closed, and never the key", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret-key", baseUrl: closed, retry: { baseDelayMs: 5 } });
    const { error } = await failure(() => tts.synthesize({ text: "Hello.", voice }));
    expect(error).toBeInstanceOf(ProviderUnreachableError);
    expect(error.message).toBe(`ElevenLabs at ${closed} could not be reached: connection refused (ECONNREFUSED)`);
    expect(error.message).not.toContain("xi-secret-key");
    expect(await tts.health()).toEqual({ ok: false, detail: error.message });
  });

  it("stops at once when the caller aborts (the step's attempt ended), passing on the caller's reason", async () => {
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret-key", baseUrl: provider.url, timeoutMs: 60_000 });
    const attempt = new AbortController();
    const call = failure(() => tts.synthesize({ text: "Hello.", voice }, { signal: attempt.signal }));
    await expect.poll(() => provider.received.length).toBe(1);
    attempt.abort(new Error("The attempt ended."));
    const { error, ms } = await call;
    expect(error.message).toBe("The attempt ended.");
    expect(ms).toBeLessThan(5_000);
    await expect.poll(() => provider.received[0]!.abandoned).toBe(true);
  });

  it("keeps the key out of an error body that echoes it", async () => {
    answer = (_, res) =>
      res.writeHead(401, { "content-type": "application/json" }).end('{"detail":"invalid key xi-secret-key"}');
    const tts = createElevenLabsSynthesizer({ apiKey: "xi-secret-key", baseUrl: provider.url });
    const { error } = await failure(() => tts.synthesize({ text: "Hello.", voice }));
    expect(error.message).toBe(`ElevenLabs at ${provider.url} answered HTTP 401: {"detail":"invalid key [redacted]"}`);
  });
});

describe("OpenAI speech", () => {
  it("fails a hung request within its timeout and names a closed port, never the key", async () => {
    const tts = createOpenAiSpeechSynthesizer({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseUrl: `${provider.url}/v1`,
      timeoutMs: TIMEOUT_MS,
    });
    expectTimedOut(await failure(() => tts.synthesize({ text: "Hello.", voice })), "OpenAI speech");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/audio/speech"]);

    const offline = createOpenAiSpeechSynthesizer({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseUrl: `${closed}/v1`,
      retry: { baseDelayMs: 5 },
    });
    const { error } = await failure(() => offline.synthesize({ text: "Hello.", voice }));
    expect(error.message).toBe(`OpenAI speech at ${closed} could not be reached: connection refused (ECONNREFUSED)`);
  });
});

describe("language models through the AI SDK", () => {
  it("OpenAI (Responses API): a hung request fails within the timeout; a closed port names provider, address and cause", async () => {
    const model = createHostedModel({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseURL: `${provider.url}/v1`,
      timeoutMs: TIMEOUT_MS,
      env: {},
    });
    expectTimedOut(await failure(() => model.generate(llmRequest)), "OpenAI");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/responses"]);

    const offline = createHostedModel({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseURL: `${closed}/v1`,
      env: {},
    });
    const { error } = await failure(() => offline.generate(llmRequest));
    expect(error).toBeInstanceOf(ProviderUnreachableError);
    expect(error.message).toBe(`OpenAI at ${closed} could not be reached: connection refused (ECONNREFUSED)`);
    expect(await offline.health()).toEqual({ ok: false, detail: error.message });
  });

  it("Anthropic (Messages API): the same", async () => {
    const model = createHostedModel({
      provider: "anthropic",
      apiKey: "sk-ant-secret",
      baseURL: `${provider.url}/v1`,
      timeoutMs: TIMEOUT_MS,
      env: {},
    });
    expectTimedOut(await failure(() => model.generate(llmRequest)), "Anthropic");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/messages"]);

    const offline = createHostedModel({
      provider: "anthropic",
      apiKey: "sk-ant-secret",
      baseURL: `${closed}/v1`,
      env: {},
    });
    const { error } = await failure(() => offline.generate(llmRequest));
    expect(error.message).toBe(`Anthropic at ${closed} could not be reached: connection refused (ECONNREFUSED)`);
  });

  it("an OpenAI-compatible server (chat completions): a hung request fails within the timeout, without asking again", async () => {
    const model = createHostedModel({
      provider: "openai-compatible",
      baseURL: `${provider.url}/v1`,
      timeoutMs: TIMEOUT_MS,
      env: { LLM_MODEL: "llama3.1:8b" },
    });
    expectTimedOut(await failure(() => model.generate(llmRequest)), "OpenAI-compatible server");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/chat/completions"]);
  });

  it("names the provider and address of an HTTP error, with the key cut out of what it quotes", async () => {
    answer = (_, res) =>
      res.writeHead(401, { "content-type": "application/json" }).end(
        JSON.stringify({
          error: { message: "Incorrect API key provided: sk-secret-key.", type: "invalid_request_error" },
        }),
      );
    const model = createHostedModel({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseURL: `${provider.url}/v1`,
      env: {},
    });
    const { error } = await failure(() => model.generate(llmRequest));
    expect(error.message).toBe(`OpenAI at ${provider.url} answered HTTP 401: Incorrect API key provided: [redacted].`);
  });

  it("health lists models (free): it sends no generation request", async () => {
    answer = (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"object":"list","data":[]}');
    const model = createHostedModel({
      provider: "openai",
      apiKey: "sk-secret-key",
      baseURL: `${provider.url}/v1`,
      env: {},
    });
    expect(await model.health()).toEqual({ ok: true, detail: `OpenAI at ${provider.url} answered` });
    expect(provider.received.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
      "GET /v1/models Bearer sk-secret-key",
    ]);
  });
});

describe("OpenAI transcription and Tavily search", () => {
  it("a hung transcription upload fails within its timeout", async () => {
    const wav = await withTempDir("stt-hang", async (dir) =>
      readFile(await renderSignal(dir, "tone.wav", "sine=frequency=300:sample_rate=16000:duration=1", [], "pcm_s16le")),
    );
    const stt = createOpenAiTranscriber({
      apiKey: "sk-secret-key",
      baseUrl: `${provider.url}/v1`,
      timeoutMs: TIMEOUT_MS,
    });
    expectTimedOut(await failure(() => stt.transcribe({ audio: wav })), "OpenAI");
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /v1/audio/transcriptions"]);
  });

  it("a hung search fails within its timeout; a closed port is named", async () => {
    const tavily = createTavilySearch({ apiKey: "tvly-secret", baseUrl: provider.url, timeoutMs: TIMEOUT_MS });
    const request = { query: "grid batteries", episodeId: "e", showId: "s", limit: 2 };
    expectTimedOut(await failure(() => tavily.search(request)), "Tavily");
    const { error } = await failure(() =>
      createTavilySearch({ apiKey: "tvly-secret", baseUrl: closed }).search(request),
    );
    expect(error.message).toBe(`Tavily at ${closed} could not be reached: connection refused (ECONNREFUSED)`);
  });
});

describe("S3 storage", () => {
  const bucket = (endpoint: string, timeoutMs?: number) =>
    createS3Storage({
      bucket: "podcast-audio",
      region: "us-east-1",
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "AKID", secretAccessKey: "s3-secret" },
      timeoutMs,
    });

  it("an upload to a bucket that stops answering fails, naming the bucket and its address", async () => {
    const { error, ms } = await failure(() =>
      bucket(provider.url, TIMEOUT_MS).put("episodes/e/master.mp3", Buffer.from("mp3"), "audio/mpeg"),
    );
    expect(error).toBeInstanceOf(ProviderTimeoutError);
    expect(error.message).toBe(`S3 bucket podcast-audio at ${provider.url} did not answer within 0.3 s`);
    expect(ms).toBeLessThan(10_000); // the SDK's own three attempts, each cut at the timeout
  });

  it("a closed port is named with its cause, in errors and in health", async () => {
    const { error } = await failure(() =>
      bucket(closed).put("episodes/e/master.mp3", Buffer.from("mp3"), "audio/mpeg"),
    );
    expect(error.message).toBe(
      `S3 bucket podcast-audio at ${closed} could not be reached: connection refused (ECONNREFUSED)`,
    );
    expect(await bucket(closed).health()).toEqual({ ok: false, detail: error.message });
  });
});
