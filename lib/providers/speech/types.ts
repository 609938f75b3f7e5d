import type { Usage } from "@/lib/domain/usage";
import type { CallOptions } from "@/lib/providers/call-options";
import type { ProviderHealth } from "@/lib/providers/errors";

/** How the text is marked up. Engines list what they accept; the tts-optimizer writes for the chosen engine. */
export type SpeechMarkup = "plain" | "ssml" | "sable";

/** A host's voices, as stored on the show: an engine-neutral local voice ("slt", "kal", ...) and a hosted voice id. */
export interface HostVoice {
  localVoice: string;
  hostedVoice?: string | null;
}

export interface SynthesisRequest {
  text: string;
  voice: HostVoice;
  /** Default "plain". SSML/SABLE take the body only (no <speak>/<SABLE> root): the engine adds its own. */
  markup?: SpeechMarkup;
}

export interface SynthesisResult {
  audio: Buffer;
  format: "wav" | "mp3";
  sampleRate: number;
  /** The engine's own voice that spoke, for the record. */
  voice: string;
  /** Characters billed: the spoken text, markup tags excluded. */
  characters: number;
  /** What to charge to the ledger (offline engines have no price row, so they cost $0). */
  usage: Usage[];
}

/** The speech port. Adapters: festival, flite, espeak-ng (WASM), ElevenLabs, OpenAI and OpenAI-compatible servers. */
export interface SpeechSynthesizer {
  readonly id: "festival" | "flite" | "espeak-ng" | "elevenlabs" | "openai" | "openai-compatible";
  readonly markups: readonly SpeechMarkup[];
  /** What besides the request shapes the audio (model, output format): part of a stored take's key (speech-takes.ts). */
  readonly settings?: Readonly<Record<string, string | number>>;
  /** Local voice names this engine maps (ElevenLabs takes any hosted voice id and lists none). */
  voices(): string[];
  /** The call's usage before it is made, for the budget check (characters are known up front). */
  estimate(request: SynthesisRequest): Usage[];
  synthesize(request: SynthesisRequest, options?: CallOptions): Promise<SynthesisResult>;
  health(): Promise<ProviderHealth>;
}

/** The adapters that call a server (their health is checked before an episode spends). */
export const HOSTED_SPEECH: ReadonlySet<SpeechSynthesizer["id"]> = new Set([
  "elevenlabs",
  "openai",
  "openai-compatible",
]);

export class UnsupportedMarkupError extends Error {
  constructor(engine: string, markup: SpeechMarkup) {
    super(`${engine} does not take ${markup} markup`);
    this.name = "UnsupportedMarkupError";
  }
}
