import type { StageModule } from "../types";
import { meteredCall } from "../metered-call";
import type { SpeechScriptOutput } from "./tts-optimizer";

export interface AudioOutput {
  lines: number;
  characters: number;
  estimatedSeconds: number;
}

// About 750 characters a minute of speech.
const CHARS_PER_SECOND = 12.5;

export const audioSynthesizer: StageModule<AudioOutput> = {
  key: "audio-synthesizer",
  run(ctx) {
    const lines = (ctx.outputs["tts-optimizer"] as SpeechScriptOutput | undefined)?.lines ?? [];
    const characters = lines.reduce((n, l) => n + l.text.length, 0);
    return meteredCall(ctx, [{ provider: "offline", model: "speech", unit: "character", quantity: characters }], () => ({
      lines: lines.length,
      characters,
      estimatedSeconds: Math.round(characters / CHARS_PER_SECOND),
    }));
  },
};
