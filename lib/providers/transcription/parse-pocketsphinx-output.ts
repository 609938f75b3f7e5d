import type { TranscribedWord } from "./types";

const FILLERS = /^(<s>|<\/s>|<sil>|\[\w+\]|\+\+\w+\+\+)$/;

/** Words with times from `pocketsphinx_continuous -time yes` ("word start end confidence" lines). */
export function parsePocketsphinxOutput(stdout: string): TranscribedWord[] {
  const words: TranscribedWord[] = [];
  for (const line of stdout.split("\n")) {
    const match = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) [\d.]+$/.exec(line.trim());
    if (!match || FILLERS.test(match[1]!)) continue;
    words.push({ word: match[1]!.replace(/\(\d+\)$/, ""), start: Number(match[2]), end: Number(match[3]) });
  }
  return words;
}
