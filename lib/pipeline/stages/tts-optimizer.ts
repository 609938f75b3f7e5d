import type { StageModule } from "../types";
import type { ScriptOutput } from "./script-writer";

export interface SpeechScriptOutput {
  lines: { speaker: string; text: string }[];
}

export const ttsOptimizer: StageModule<SpeechScriptOutput> = {
  key: "tts-optimizer",
  async run(ctx) {
    const lines = ((ctx.outputs["script-writer"] as ScriptOutput | undefined)?.segments ?? []).flatMap((s) => s.lines);
    return {
      lines: lines.map((l) => ({
        speaker: l.speaker,
        text: ctx.show.pronunciationLexicon.reduce((t, { term, say }) => t.replaceAll(term, say), l.text),
      })),
    };
  },
};
