const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A model's text with the database ids it was shown taken out. Reasons are shown to editors, who know sources by
 * title, never by id: "not in source cmx72h18t…" reads "not in “Sleep study 2019”" when the source's title is known
 * (`titles`, id → title), else "not in the source".
 */
export function withoutIds(
  text: string,
  ids: readonly string[],
  titles: Readonly<Record<string, string>> = {},
): string {
  const known = [...new Set(ids)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!known.length) return text;
  const pattern = new RegExp(`(?:\\bthe\\s+)?(?:\\bsource\\s+)?(${known.map(escape).join("|")})`, "gi");
  return text.replace(pattern, (m, id: string) => {
    const title = Object.entries(titles)
      .find(([key]) => key.toLowerCase() === id.toLowerCase())?.[1]
      ?.trim();
    if (title) return `“${title}”`;
    return /^[A-Z]/.test(m) ? "The source" : "the source";
  });
}
