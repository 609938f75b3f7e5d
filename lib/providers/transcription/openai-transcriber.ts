import { readFile } from "node:fs/promises";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import type { CallOptions } from "@/lib/providers/call-options";
import { fetchWithRetry, type RetryPolicy } from "@/lib/providers/http/fetch-with-retry";
import { withTempDir } from "@/lib/providers/process/with-temp-dir";
import { convertAudio } from "./convert-audio";
import type { Transcriber } from "./types";

export interface OpenAiTranscriberOptions {
  apiKey: string;
  /** Default gpt-4o-mini-transcribe; whisper-1 also works. */
  model?: string;
  /** Default https://api.openai.com/v1 (the OpenAI SDK's OPENAI_BASE_URL convention). */
  baseUrl?: string;
  /** The upload-and-transcribe request's limit (TRANSCRIPTION_TIMEOUT_SECONDS); default 300 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

const HEALTH_TIMEOUT_MS = 10_000;

// The API takes files up to 25 MB: 16 kHz mono at 32 kbps is enough for speech and fits about 100 minutes.
const UPLOAD_ARGS = ["-ar", "16000", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "32k"];
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

interface TranscriptionResponse {
  text: string;
  usage?: { type: "duration"; seconds: number } | { type: "tokens" };
}

/** OpenAI's transcription endpoint (multipart upload), billed per minute of audio. */
export function createOpenAiTranscriber(options: OpenAiTranscriberOptions): Transcriber {
  const {
    apiKey,
    model = "gpt-4o-mini-transcribe",
    baseUrl = "https://api.openai.com/v1",
    timeoutMs = DEFAULT_CALL_TIMEOUTS.transcriptionMs,
    retry,
  } = options;
  const root = baseUrl.replace(/\/+$/, "");

  return {
    id: "openai",
    available: true,
    estimate: (durationSeconds) => [{ provider: "openai", model, unit: "minute", quantity: durationSeconds / 60 }],

    async transcribe({ audio }, { signal }: CallOptions = {}) {
      // The expected script is deliberately not sent as a prompt: the check must hear what was said, not what should be.
      return withTempDir("openai-stt", async (dir) => {
        const { file, durationSeconds } = await convertAudio(audio, dir, "speech.mp3", UPLOAD_ARGS);
        const bytes = await readFile(file);
        if (bytes.length > MAX_UPLOAD_BYTES)
          throw new Error(`Audio too long to transcribe in one request (${durationSeconds} s)`);
        const form = new FormData();
        form.append("file", new Blob([new Uint8Array(bytes)], { type: "audio/mpeg" }), "speech.mp3");
        form.append("model", model);
        form.append("response_format", "json");
        const response = await fetchWithRetry(
          "OpenAI",
          `${root}/audio/transcriptions`,
          { method: "POST", headers: { authorization: `Bearer ${apiKey}` }, body: form, signal },
          { timeoutMs, ...retry },
        );
        const result = (await response.json()) as TranscriptionResponse;
        const billedSeconds = result.usage?.type === "duration" ? result.usage.seconds : durationSeconds;
        return {
          text: result.text,
          durationSeconds,
          usage: [{ provider: "openai", model, unit: "minute", quantity: billedSeconds / 60 }],
        };
      });
    },

    async health() {
      try {
        const response = await fetchWithRetry(
          "OpenAI",
          `${root}/models/${model}`,
          { headers: { authorization: `Bearer ${apiKey}` } },
          { maxRetries: 0, timeoutMs: Math.min(timeoutMs, HEALTH_TIMEOUT_MS) },
        );
        await response.body?.cancel();
        return { ok: true, detail: `OpenAI reachable, model ${model}` };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },
  };
}
