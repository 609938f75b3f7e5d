/** Harman's S-stemmer: enough to match "battery" with "batteries" without a language-specific stemmer. */
export function stem(term: string): string {
  if (term.length <= 3) return term;
  if (/ies$/.test(term) && !/[ae]ies$/.test(term)) return term.slice(0, -3) + "y";
  if (/es$/.test(term) && !/[aeo]es$/.test(term)) return term.slice(0, -1);
  if (/s$/.test(term) && !/[us]s$/.test(term)) return term.slice(0, -1);
  return term;
}
