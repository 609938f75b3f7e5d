const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A model's text with the database ids it was shown taken out: "not in source cmx72h18t…" reads "not in the
 * source". Reasons are shown to editors, who know sources by title (shown beside them), never by id.
 */
export function withoutIds(text: string, ids: readonly string[]): string {
  const known = [...new Set(ids)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!known.length) return text;
  const pattern = new RegExp(`(?:\\bthe\\s+)?(?:\\bsource\\s+)?(?:${known.map(escape).join("|")})`, "gi");
  return text.replace(pattern, (m) => (/^[A-Z]/.test(m) ? "The source" : "the source"));
}
