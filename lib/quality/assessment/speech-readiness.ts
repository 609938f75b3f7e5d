import { clamp, score1 } from "./clamp";
import type { DimensionScore } from "./dimension";
import type { ScriptMeasurements } from "./measure-script";

export type SpeechMeasurements = Pick<
  ScriptMeasurements,
  "sentences" | "sentencesAtMost25Words" | "averageWordsPerSentence" | "remainingDigits" | "remainingAllCaps"
>;

export const SPEECH_FORMULA =
  "10 × (0.5 × short + 0.3 × normalised + 0.2 × pace) where short = sentences ≤ 25 words / sentences; " +
  "normalised = max(0, 1 − 0.1 × (remaining digit runs + ALL-CAPS tokens)); " +
  "pace = clamp((30 − average words per sentence) / 12, 0, 1)";

/** Scored on the TTS-optimised speech text: long sentences and unexpanded numbers/acronyms are what trip a voice. */
export function scoreSpeechReadiness(m: SpeechMeasurements): DimensionScore {
  const short = m.sentences > 0 ? m.sentencesAtMost25Words / m.sentences : 0;
  const normalised = clamp(1 - 0.1 * (m.remainingDigits + m.remainingAllCaps), 0, 1);
  const pace = m.sentences > 0 ? clamp((30 - m.averageWordsPerSentence) / 12, 0, 1) : 0;
  return {
    score: score1(10 * (0.5 * short + 0.3 * normalised + 0.2 * pace)),
    formula: SPEECH_FORMULA,
    inputs: {
      sentences: m.sentences,
      sentencesAtMost25Words: m.sentencesAtMost25Words,
      averageWordsPerSentence: Math.round(m.averageWordsPerSentence * 10) / 10,
      remainingDigits: m.remainingDigits,
      remainingAllCaps: m.remainingAllCaps,
    },
  };
}
