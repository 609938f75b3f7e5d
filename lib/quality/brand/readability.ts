/**
 * Syllables by vowel groups, less a silent final "e" ("make") but not "-le" ("table"); at least one per word.
 * A heuristic, like every Flesch-Kincaid implementation, good enough to rank scripts.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 1;
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const silentE = /[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w) && groups > 1 ? 1 : 0;
  return Math.max(1, groups - silentE);
}

/** Flesch-Kincaid grade: 0.39 × words/sentences + 11.8 × syllables/words - 15.59. */
export function fleschKincaidGrade(sentences: readonly string[]): number {
  const words = sentences.flatMap((s) => s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []);
  if (sentences.length === 0 || words.length === 0) return 0;
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
}
