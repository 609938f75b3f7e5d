function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A phrase as a whole-word, case-insensitive pattern. Boundaries are "not a letter or digit" rather than `\b`, so
 * phrases that start or end with punctuation ("100% proven") still match.
 */
export function phrasePattern(phrase: string): RegExp {
  const body = escapeRegExp(phrase.trim()).replace(/\s+/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
}

export function containsPhrase(text: string, phrase: string): boolean {
  return phrasePattern(phrase).test(text);
}
