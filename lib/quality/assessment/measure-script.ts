// Counts the content (turns, questions, balance) and speech-readiness dimensions score, from a speaker-labelled script.

export interface ScriptLine {
  speaker: string;
  text: string;
}

export interface ScriptMeasurements {
  turns: number;
  questions: number;
  /** Words spoken by each speaker. */
  speakerWords: Record<string, number>;
  sentences: number;
  sentencesAtMost25Words: number;
  averageWordsPerSentence: number;
  /** Digit runs and ALL-CAPS tokens left in the speech text: the TTS will read them unpredictably. */
  remainingDigits: number;
  remainingAllCaps: number;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const countMatches = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export function measureScript(lines: ScriptLine[]): ScriptMeasurements {
  const speakerWords: Record<string, number> = {};
  let turns = 0,
    questions = 0;
  const sentenceLengths: number[] = [];
  let remainingDigits = 0,
    remainingAllCaps = 0;
  let previousSpeaker: string | null = null;

  for (const line of lines) {
    if (line.speaker !== previousSpeaker) turns++;
    previousSpeaker = line.speaker;
    speakerWords[line.speaker] = (speakerWords[line.speaker] ?? 0) + words(line.text).length;

    questions += countMatches(line.text, /\?/g);

    for (const sentence of line.text.split(/(?<=[.!?])\s+/)) {
      const n = words(sentence).length;
      if (n > 0) sentenceLengths.push(n);
    }
    remainingDigits += countMatches(line.text, /\d+/g);
    remainingAllCaps += countMatches(line.text, /\b[A-Z]{2,}\b/g);
  }

  const total = sentenceLengths.reduce((a, b) => a + b, 0);
  return {
    turns,
    questions,
    speakerWords,
    sentences: sentenceLengths.length,
    sentencesAtMost25Words: sentenceLengths.filter((n) => n <= 25).length,
    averageWordsPerSentence: sentenceLengths.length ? total / sentenceLengths.length : 0,
    remainingDigits,
    remainingAllCaps,
  };
}
