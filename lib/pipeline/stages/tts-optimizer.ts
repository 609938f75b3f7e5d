import { z } from "zod";
import type { StageContext, StageModule } from "../types";
import type { SpeechMarkup } from "@/lib/providers/speech/types";
import { optimizeForSpeech } from "@/lib/speech-text/optimize-for-speech";
import type { SpeechChange } from "@/lib/speech-text/rewrite";
import { requireScript } from "./brand-validator";

const speechLineSchema = z.object({
  segment: z.number(),
  /** 1-based across the script. */
  line: z.number(),
  speaker: z.string(),
  voice: z.object({ localVoice: z.string(), hostedVoice: z.string().nullable() }),
  /** Exactly the words to be said. */
  spokenText: z.string(),
  /** What the engine is sent, in its own markup. */
  markup: z.string(),
});
export type SpeechLine = z.infer<typeof speechLineSchema>;

export const speechScriptOutputSchema = z.object({
  scriptVersionId: z.string(),
  engine: z.string(),
  markup: z.enum(["plain", "ssml", "sable"]) satisfies z.ZodType<SpeechMarkup>,
  lines: z.array(speechLineSchema),
  changes: z.array(
    z.object({ from: z.string(), to: z.string(), rule: z.string(), line: z.number() }) satisfies z.ZodType<
      SpeechChange & { line: number }
    >,
  ),
});
export type SpeechScriptOutput = z.infer<typeof speechScriptOutputSchema>;

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
export const ttsOptimizer: StageModule<"tts-optimizer", SpeechScriptOutput> = {
  key: "tts-optimizer",
  input: [],
  output: speechScriptOutputSchema,
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
          lines.push({
            segment: s,
            line,
            speaker: l.speaker,
            voice: voiceOf(ctx, l.speaker),
            spokenText: optimized.spokenText,
            markup: optimized.markup,
          });
        }
      }),
    );
    return { scriptVersionId: script.id, engine: ctx.providers.speech.id, markup, lines, changes };
  },
};
