// CONTRACT (issue 16 base): part A replaces this with Markdown rendered to sanitised HTML.

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Show notes as safe HTML for the feed's description and content:encoded. */
export function renderShowNotes(markdown: string): string {
  return `<p>${escape(markdown)}</p>`;
}

/** The notes as plain text within `maxBytes` of UTF-8 (itunes:summary, the ID3 comment). */
export function plainSummary(markdown: string, maxBytes = 4000): string {
  const text = markdown.replace(/\s+/g, " ").trim();
  return Buffer.from(text).subarray(0, maxBytes).toString("utf8").replace(/\uFFFD$/, "");
}
