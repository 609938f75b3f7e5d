// Counts the content and speech-readiness dimensions score, taken from a speaker-labelled script.

export interface ScriptLine {
  speaker: string;
  text: string;
}

export interface ScriptMeasurements {
  turns: number;
  questions: number;
  signposts: number;
  /** Words spoken by each speaker. */
  speakerWords: Record<string, number>;
  /** Lines whose normalised text already appeared earlier in the script. */
  repeatedLines: number;
  sentences: number;
  sentencesAtMost25Words: number;
  averageWordsPerSentence: number;
  /** Digit runs and ALL-CAPS tokens left in the speech text: the TTS will read them unpredictably. */
  remainingDigits: number;
  remainingAllCaps: number;
}

/** Phrases that tell a listener where they are in the episode. */
export const DEFAULT_SIGNPOSTS = [
  "first",
  "second",
  "next",
  "finally",
  "to recap",
  "in short",
  "coming up",
  "let's turn to",
  "so far",
  "the takeaway",
  "before we",
  "after the break",
  "to sum up",
  "here's the thing",
];

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
const countMatches = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

export function measureScript(lines: ScriptLine[], signposts: string[] = DEFAULT_SIGNPOSTS): ScriptMeasurements {
  const speakerWords: Record<string, number> = {};
  const seen = new Set<string>();
  let turns = 0,
    repeatedLines = 0,
    questions = 0,
    signpostCount = 0;
  const sentenceLengths: number[] = [];
  let remainingDigits = 0,
    remainingAllCaps = 0;
  let previousSpeaker: string | null = null;

  for (const line of lines) {
    if (line.speaker !== previousSpeaker) turns++;
    previousSpeaker = line.speaker;
    speakerWords[line.speaker] = (speakerWords[line.speaker] ?? 0) + words(line.text).length;

    const key = normalise(line.text);
    if (key && seen.has(key)) repeatedLines++;
    seen.add(key);

    questions += countMatches(line.text, /\?/g);
    const lower = ` ${line.text.toLowerCase()} `;
    signpostCount += signposts.filter((p) =>
      new RegExp(`[^\\p{L}]${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\p{L}]`, "u").test(lower),
    ).length;

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
    signposts: signpostCount,
    speakerWords,
    repeatedLines,
    sentences: sentenceLengths.length,
    sentencesAtMost25Words: sentenceLengths.filter((n) => n <= 25).length,
    averageWordsPerSentence: sentenceLengths.length ? total / sentenceLengths.length : 0,
    remainingDigits,
    remainingAllCaps,
  };
}
