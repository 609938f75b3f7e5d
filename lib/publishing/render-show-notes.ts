import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// A parser of our own, so no other module's marked options leak in (marked's default instance is global).
const markdown = new Marked({ gfm: true, breaks: false });

/**
 * What show notes may hold once rendered: text structure and links, nothing that runs or loads (no images, no
 * styles, no event attributes). Headings start at h2 because the page or the app titles the episode.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "code", "blockquote", "br"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    b: "strong",
    i: "em",
    // Links leave the page without handing it a window.opener.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener" } }),
  },
};

/** Show notes as safe HTML for the feed's description and content:encoded, and the studio's preview. */
export function renderShowNotes(notes: string): string {
  const html = markdown.parse(notes, { async: false });
  return sanitizeHtml(html, ALLOWED).trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of sanitised HTML: its entities decoded (sanitize-html leaves &amp; and &lt; encoded in text). */
const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
const ELLIPSIS = "…";

/**
 * The notes as plain text within `maxBytes` of UTF-8 (itunes:summary, the ID3 comment): Markdown rendered and its
 * markup dropped, list items marked "•", paragraphs apart by a blank line. Longer text is cut at the last word that
 * fits, with "…", and never inside a character (a cut emoji or accented letter would be invalid UTF-8 to an app).
 */
export function plainSummary(notes: string, maxBytes = 4000): string {
  const html = markdown
    .parse(notes, { async: false })
    .replace(/<li>/g, "<li>• ")
    .replace(/<\/(?:p|h[1-6]|ul|ol|blockquote|pre)>/g, "$&\n\n");
  const text = decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }))
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  if (bytes(text) <= maxBytes) return text;
  const budget = maxBytes - bytes(ELLIPSIS);
  let cut = "";
  for (const { segment } of graphemes.segment(text)) {
    if (bytes(cut) + bytes(segment) > budget) break;
    cut += segment;
  }
  const atWord = cut.replace(/\s+\S*$/, "");
  return budget <= 0 ? "" : `${(atWord.length > cut.length / 2 ? atWord : cut).trimEnd()}${ELLIPSIS}`;
}
