import type { CallOptions } from "@/lib/providers/call-options";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import { fetchWithRetry, type RetryPolicy } from "@/lib/providers/http/fetch-with-retry";
import { unescapeXml } from "@/lib/speech-text/markup";
import { splitIntoChunks } from "./split-into-chunks";
import { UnsupportedMarkupError, type SpeechMarkup, type SpeechSynthesizer } from "./types";

export interface ElevenLabsOptions {
  apiKey: string;
  /** Default eleven_multilingual_v2. */
  model?: string;
  /** Default https://api.elevenlabs.io; tests point it at a local server. */
  baseUrl?: string;
  /** An mp3_<rate>_<kbps> format; default mp3_44100_128. */
  outputFormat?: string;
  /**
   * Characters per request. 3,000 is under every current model's limit (v3 is the tightest); previous_text and
   * next_text keep the intonation continuous across the cuts.
   */
  maxCharsPerRequest?: number;
  /** Each request's limit (SPEECH_TIMEOUT_SECONDS); default 60 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

const HEALTH_TIMEOUT_MS = 10_000;

const BREAK = /<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g;

/**
 * What ElevenLabs is sent. Of SSML it reads only `<break time="1.5s" />` pauses; any other tag (emphasis, prosody)
 * would be spoken or ignored, so only its words are kept.
 */
function requestText(text: string, markup: SpeechMarkup = "plain"): string {
  if (markup !== "ssml") return text;
  const pauses: string[] = [];
  // Pauses are set aside as placeholders while the other tags are dropped and the entities decoded.
  const marked = text.replace(BREAK, (_, amount: string, unit: string) => {
    pauses.push(`<break time="${(Number(amount) / (unit === "ms" ? 1000 : 1)).toFixed(1)}s" />`);
    return `\u0000${pauses.length - 1}\u0000`;
  });
  return unescapeXml(marked.replace(/<[^>]*>/g, ""))
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => pauses[Number(i)]!)
    .replace(/\s+/g, " ")
    .trim();
}

const SENT_BREAK = /<break time="\d+(?:\.\d)?s" \/>/g;

/** Characters ElevenLabs bills for text it is sent: the words, not the `<break />` pauses between them. */
export const billedCharacters = (sent: string) => sent.replace(SENT_BREAK, " ").replace(/\s+/g, " ").trim().length;

/** ElevenLabs text-to-speech over its HTTP API, billed per character of text sent (pause tags excepted). */
export function createElevenLabsSynthesizer(options: ElevenLabsOptions): SpeechSynthesizer {
  const {
    apiKey,
    model = "eleven_multilingual_v2",
    baseUrl = "https://api.elevenlabs.io",
    outputFormat = "mp3_44100_128",
    maxCharsPerRequest = 3000,
    timeoutMs = DEFAULT_CALL_TIMEOUTS.speechMs,
    retry,
  } = options;
  const format = /^mp3_(\d+)_\d+$/.exec(outputFormat);
  if (!format) throw new Error(`ELEVENLABS_OUTPUT_FORMAT must be mp3_<rate>_<kbps>, got "${outputFormat}"`);
  const root = baseUrl.replace(/\/+$/, "");

  return {
    id: "elevenlabs",
    markups: ["plain", "ssml"],
    settings: { model, outputFormat },
    voices: () => [],
    estimate: ({ text, markup }) => [
      { provider: "elevenlabs", model, unit: "character", quantity: billedCharacters(requestText(text, markup)) },
    ],

    async synthesize({ text, voice, markup = "plain" }, { signal }: CallOptions = {}) {
      if (markup === "sable") throw new UnsupportedMarkupError("elevenlabs", markup);
      const voiceId = voice.hostedVoice;
      if (!voiceId)
        throw new Error(`No ElevenLabs voice id for local voice "${voice.localVoice}": set the host's hosted voice`);
      const chunks = splitIntoChunks(requestText(text, markup), maxCharsPerRequest);
      const url = `${root}/v1/text-to-speech/${encodeURIComponent(voiceId)}?output_format=${outputFormat}`;
      const parts: Buffer[] = [];
      // Sequential on purpose: one voice's chunks in order, and concurrency is the engine's to decide.
      for (const [i, chunk] of chunks.entries()) {
        const body = { text: chunk, model_id: model, previous_text: chunks[i - 1], next_text: chunks[i + 1] };
        const response = await fetchWithRetry(
          "ElevenLabs",
          url,
          {
            method: "POST",
            headers: { "xi-api-key": apiKey, "content-type": "application/json", accept: "audio/mpeg" },
            body: JSON.stringify(body),
            signal,
          },
          { timeoutMs, ...retry },
        );
        parts.push(Buffer.from(await response.arrayBuffer()));
      }
      const characters = chunks.reduce((n, c) => n + billedCharacters(c), 0);
      return {
        // MP3 is a sequence of self-contained frames: joined responses play as one stream.
        audio: Buffer.concat(parts),
        format: "mp3",
        sampleRate: Number(format[1]),
        voice: voiceId,
        characters,
        usage: [{ provider: "elevenlabs", model, unit: "character", quantity: characters }],
      };
    },

    async health() {
      try {
        const response = await fetchWithRetry(
          "ElevenLabs",
          `${root}/v1/models`,
          { headers: { "xi-api-key": apiKey } },
          { maxRetries: 0, timeoutMs: Math.min(timeoutMs, HEALTH_TIMEOUT_MS) },
        );
        await response.body?.cancel();
        return { ok: true, detail: `ElevenLabs reachable, model ${model}` };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },
  };
}
