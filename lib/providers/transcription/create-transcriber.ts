import { readCallTimeouts } from "@/lib/providers/http/call-timeouts";
import { createOpenAiTranscriber } from "./openai-transcriber";
import { createPocketsphinxTranscriber } from "./pocketsphinx-transcriber";
import { TranscriptionUnavailableError, type Transcriber } from "./types";

type Env = Record<string, string | undefined>;

/** Stands in when nothing can transcribe: the audio check reports "not run" rather than guessing. */
export function unavailableTranscriber(reason: string): Transcriber {
  return {
    id: "none",
    available: false,
    estimate: () => [],
    transcribe: () => Promise.reject(new TranscriptionUnavailableError(reason)),
    health: async () => ({ ok: false, detail: reason }),
  };
}

function openAi(env: Env) {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) throw new Error("TRANSCRIPTION_PROVIDER=openai needs OPENAI_API_KEY");
  return createOpenAiTranscriber({
    apiKey,
    model: env.OPENAI_TRANSCRIPTION_MODEL || undefined,
    baseUrl: env.OPENAI_BASE_URL || undefined,
    timeoutMs: readCallTimeouts(env).transcriptionMs,
  });
}

/**
 * The transcription adapter, chosen once from the environment. TRANSCRIPTION_PROVIDER: "auto" (default: OpenAI
 * when OPENAI_API_KEY is set, else pocketsphinx when installed, else unavailable), "openai", "pocketsphinx" or
 * "none".
 */
export async function createTranscriber(env: Env = process.env): Promise<Transcriber> {
  const choice = (env.TRANSCRIPTION_PROVIDER?.trim() || "auto").toLowerCase();
  if (choice === "openai" || (choice === "auto" && env.OPENAI_API_KEY?.trim())) return openAi(env);
  if (choice === "none") return unavailableTranscriber("TRANSCRIPTION_PROVIDER=none");
  if (choice !== "auto" && choice !== "pocketsphinx") {
    throw new Error(`Unknown TRANSCRIPTION_PROVIDER "${choice}": use auto, openai, pocketsphinx or none`);
  }
  const pocketsphinx = createPocketsphinxTranscriber();
  const health = await pocketsphinx.health();
  if (health.ok) return pocketsphinx;
  // Asked for by name but missing is a configuration error; found missing by "auto" is the fresh-machine case.
  if (choice === "pocketsphinx") throw new Error(`TRANSCRIPTION_PROVIDER=pocketsphinx: ${health.detail}`);
  return unavailableTranscriber(health.detail);
}
