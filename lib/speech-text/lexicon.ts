import { rewrite, type SpeechChange } from "./rewrite";

export interface LexiconEntry {
  term: string;
  say: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The show's pronunciation lexicon, whole words only. An all-capitals term is an acronym and matches only in
 * capitals ("REM" but not "rem"); other terms match in any case. Longer terms go first so "REM sleep" beats "REM".
 */
export function applyLexicon(text: string, lexicon: readonly LexiconEntry[], changes: SpeechChange[]): string {
  let t = text;
  for (const { term, say } of [...lexicon].filter((e) => e.term.trim()).sort((a, b) => b.term.length - a.term.length)) {
    const flags = term === term.toUpperCase() ? "gu" : "giu";
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);
    t = rewrite(t, pattern, "lexicon", changes, () => say);
  }
  return t;
}
