import { readCallTimeouts } from "@/lib/providers/http/call-timeouts";
import { createElevenLabsSynthesizer } from "./elevenlabs-synthesizer";
import { createEspeakWasmSynthesizer } from "./espeak-wasm-synthesizer";
import { createFestivalSynthesizer } from "./festival-synthesizer";
import { createFliteSynthesizer } from "./flite-synthesizer";
import { createOpenAiSpeechSynthesizer } from "./openai-speech-synthesizer";
import type { SpeechSynthesizer } from "./types";

type Env = Record<string, string | undefined>;

const OFFLINE = {
  festival: createFestivalSynthesizer,
  flite: createFliteSynthesizer,
  "espeak-ng": createEspeakWasmSynthesizer,
};

function elevenLabs(env: Env) {
  const apiKey = env.ELEVENLABS_API_KEY?.trim();
  if (!apiKey) throw new Error("SPEECH_PROVIDER=elevenlabs needs ELEVENLABS_API_KEY");
  return createElevenLabsSynthesizer({
    apiKey,
    model: env.ELEVENLABS_MODEL || undefined,
    baseUrl: env.ELEVENLABS_BASE_URL || undefined,
    outputFormat: env.ELEVENLABS_OUTPUT_FORMAT || undefined,
    timeoutMs: readCallTimeouts(env).speechMs,
  });
}

function openAi(env: Env) {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) throw new Error("SPEECH_PROVIDER=openai needs OPENAI_API_KEY");
  return createOpenAiSpeechSynthesizer({
    provider: "openai",
    apiKey,
    baseUrl: env.OPENAI_BASE_URL?.trim() || undefined,
    model: env.OPENAI_SPEECH_MODEL?.trim() || undefined,
    timeoutMs: readCallTimeouts(env).speechMs,
  });
}

function openAiCompatible(env: Env) {
  const baseUrl = env.SPEECH_BASE_URL?.trim();
  if (!baseUrl || !URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
    throw new Error(
      "SPEECH_PROVIDER=openai-compatible needs SPEECH_BASE_URL, the server's API root with /v1 (Kokoro-FastAPI: http://127.0.0.1:8880/v1)",
    );
  return createOpenAiSpeechSynthesizer({
    provider: "openai-compatible",
    apiKey: env.SPEECH_API_KEY?.trim() || undefined,
    baseUrl,
    model: env.SPEECH_MODEL?.trim() || undefined,
    timeoutMs: readCallTimeouts(env).speechMs,
  });
}

/** The best offline engine this machine has: festival, else flite, else espeak-ng from npm (always there). */
export async function createOfflineSynthesizer(): Promise<SpeechSynthesizer> {
  for (const create of [createFestivalSynthesizer, createFliteSynthesizer]) {
    const engine = create();
    if ((await engine.health()).ok) return engine;
  }
  return createEspeakWasmSynthesizer();
}

/**
 * The speech adapter, chosen once from the environment. SPEECH_PROVIDER: "auto" (default: ElevenLabs when
 * ELEVENLABS_API_KEY is set, else the best offline engine), "elevenlabs", "openai" (OPENAI_API_KEY),
 * "openai-compatible" (SPEECH_BASE_URL, e.g. Kokoro-FastAPI), "festival", "flite" or "espeak-ng".
 */
export async function createSpeechSynthesizer(env: Env = process.env): Promise<SpeechSynthesizer> {
  const choice = (env.SPEECH_PROVIDER?.trim() || "auto").toLowerCase();
  if (choice === "elevenlabs") return elevenLabs(env);
  if (choice === "openai") return openAi(env);
  if (choice === "openai-compatible") return openAiCompatible(env);
  if (choice === "auto") return env.ELEVENLABS_API_KEY?.trim() ? elevenLabs(env) : createOfflineSynthesizer();
  if (choice in OFFLINE) return OFFLINE[choice as keyof typeof OFFLINE]();
  throw new Error(
    `Unknown SPEECH_PROVIDER "${choice}": use auto, elevenlabs, openai, openai-compatible, festival, flite or espeak-ng`,
  );
}
