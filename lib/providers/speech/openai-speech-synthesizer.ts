import type { CallOptions } from "@/lib/providers/call-options";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import { addressOf } from "@/lib/providers/http/describe-network-error";
import { fetchWithRetry, type RetryPolicy } from "@/lib/providers/http/fetch-with-retry";
import { splitIntoChunks } from "./split-into-chunks";
import { UnsupportedMarkupError, type SpeechSynthesizer } from "./types";

export interface OpenAiSpeechOptions {
  /** "openai" (api.openai.com) or "openai-compatible" (a server with the same API, e.g. Kokoro-FastAPI). */
  provider: "openai" | "openai-compatible";
  /** Required by OpenAI; a local server usually takes none. */
  apiKey?: string;
  /** The API root with /v1: default https://api.openai.com/v1; required for an OpenAI-compatible server. */
  baseUrl?: string;
  /** Default gpt-4o-mini-tts (OpenAI) or kokoro (an OpenAI-compatible server). */
  model?: string;
  /** Each request's limit (SPEECH_TIMEOUT_SECONDS); default 60 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

// OpenAI takes at most 4,096 characters per request; the pieces are cut at sentence ends where possible.
const MAX_CHARS_PER_REQUEST = 4_000;
// Both OpenAI and Kokoro-FastAPI send 24 kHz mono MP3.
const SAMPLE_RATE = 24_000;
const HEALTH_TIMEOUT_MS = 10_000;

const DEFAULTS = {
  openai: { label: "OpenAI speech", model: "gpt-4o-mini-tts", baseUrl: "https://api.openai.com/v1" },
  "openai-compatible": { label: "OpenAI-compatible speech server", model: "kokoro", baseUrl: undefined },
} as const;

/**
 * Speech over OpenAI's `POST /v1/audio/speech` (gpt-4o-mini-tts, tts-1), or over a server that speaks it
 * (Kokoro-FastAPI, openedai-speech). Plain text only: the API reads no SSML. Each host speaks with its
 * `hostedVoice` ("coral", "ash"; Kokoro "af_bella"). Billed per character sent, the one quantity known before the
 * call (OpenAI bills gpt-4o-mini-tts by tokens; its price row is per character, from OpenAI's per-minute estimate).
 */
export function createOpenAiSpeechSynthesizer(options: OpenAiSpeechOptions): SpeechSynthesizer {
  const { provider, apiKey, timeoutMs = DEFAULT_CALL_TIMEOUTS.speechMs, retry } = options;
  const { label } = DEFAULTS[provider];
  const model = options.model ?? DEFAULTS[provider].model;
  const base = options.baseUrl ?? DEFAULTS[provider].baseUrl;
  if (!base) throw new Error(`${label} needs a base URL (SPEECH_BASE_URL), e.g. http://127.0.0.1:8880/v1`);
  const root = base.replace(/\/+$/, "");
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};

  return {
    id: provider,
    markups: ["plain"],
    settings: { model },
    voices: () => [],
    estimate: ({ text }) => [{ provider, model, unit: "character", quantity: text.trim().length }],

    async synthesize({ text, voice, markup = "plain" }, { signal }: CallOptions = {}) {
      if (markup !== "plain") throw new UnsupportedMarkupError(provider, markup);
      const voiceName = voice.hostedVoice;
      if (!voiceName)
        throw new Error(`No ${label} voice for local voice "${voice.localVoice}": set the host's hosted voice`);
      const chunks = splitIntoChunks(text, MAX_CHARS_PER_REQUEST);
      const parts: Buffer[] = [];
      // Sequential on purpose: one voice's chunks in order, and concurrency is the engine's to decide.
      for (const chunk of chunks) {
        const response = await fetchWithRetry(
          label,
          `${root}/audio/speech`,
          {
            method: "POST",
            headers: { ...headers, "content-type": "application/json", accept: "audio/mpeg" },
            body: JSON.stringify({ model, input: chunk, voice: voiceName, response_format: "mp3" }),
            signal,
          },
          { timeoutMs, ...retry },
        );
        parts.push(Buffer.from(await response.arrayBuffer()));
      }
      const characters = chunks.reduce((n, c) => n + c.length, 0);
      return {
        // MP3 is a sequence of self-contained frames: joined responses play as one stream.
        audio: Buffer.concat(parts),
        format: "mp3",
        sampleRate: SAMPLE_RATE,
        voice: voiceName,
        characters,
        usage: [{ provider, model, unit: "character", quantity: characters }],
      };
    },

    // Listing models is free (Kokoro-FastAPI serves GET /v1/models too).
    async health() {
      try {
        const response = await fetchWithRetry(
          label,
          `${root}/models`,
          { headers },
          { maxRetries: 0, timeoutMs: Math.min(timeoutMs, HEALTH_TIMEOUT_MS) },
        );
        await response.body?.cancel();
        return { ok: true, detail: `${label} at ${addressOf(root)} answered, model ${model}` };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },
  };
}
