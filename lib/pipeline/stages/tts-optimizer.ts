import type { StageContext, StageModule } from "../types";
import type { SpeechMarkup } from "@/lib/providers/speech/types";
import { optimizeForSpeech } from "@/lib/speech-text/optimize-for-speech";
import type { SpeechChange } from "@/lib/speech-text/rewrite";
import { requireScript } from "./brand-validator";

export interface SpeechLine {
  segment: number;
  /** 1-based across the script. */
  line: number;
  speaker: string;
  voice: { localVoice: string; hostedVoice: string | null };
  /** Exactly the words to be said. */
  spokenText: string;
  /** What the engine is sent, in its own markup. */
  markup: string;
}

export interface SpeechScriptOutput {
  scriptVersionId: string;
  engine: string;
  markup: SpeechMarkup;
  lines: SpeechLine[];
  changes: (SpeechChange & { line: number })[];
}

/** The richest markup the configured engine reads: SABLE for festival, SSML for espeak-ng and ElevenLabs, else plain. */
function markupFor(markups: readonly SpeechMarkup[]): SpeechMarkup {
  return (["sable", "ssml"] as const).find((m) => markups.includes(m)) ?? "plain";
}

function voiceOf(ctx: StageContext, speaker: string) {
  const host = ctx.show.hosts.find((h) => h.name === speaker) ?? ctx.show.hosts[0];
  if (!host) throw new Error(`The show has no hosts: add one with a voice before producing audio.`);
  return { localVoice: host.localVoice, hostedVoice: host.hostedVoice };
}

/** The approved script made ready for the speech engine, line by line, with the show's pronunciation lexicon. */
export const ttsOptimizer: StageModule<SpeechScriptOutput> = {
  key: "tts-optimizer",
  async run(ctx) {
    const script = requireScript(ctx);
    const markup = markupFor(ctx.providers.speech.markups);
    const lines: SpeechLine[] = [];
    const changes: SpeechScriptOutput["changes"] = [];
    let line = 0;
    script.segments.forEach((segment, s) =>
      segment.lines.forEach((l) => {
        const optimized = optimizeForSpeech(l.text, { lexicon: ctx.show.pronunciationLexicon, engine: markup });
        line++;
        changes.push(...optimized.changes.map((c) => ({ ...c, line })));
        if (optimized.spokenText.trim()) {
          lines.push({ segment: s, line, speaker: l.speaker, voice: voiceOf(ctx, l.speaker), spokenText: optimized.spokenText, markup: optimized.markup });
        }
      }),
    );
    return { scriptVersionId: script.id, engine: ctx.providers.speech.id, markup, lines, changes };
  },
};
