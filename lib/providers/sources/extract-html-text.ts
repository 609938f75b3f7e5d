const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  times: "×",
  divide: "÷",
  plusmn: "±",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sect: "§",
  para: "¶",
  shy: "",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

const clean = (text: string) =>
  decodeEntities(text.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();

// Elements whose content is never prose a listener should hear: code, styling, navigation chrome, forms.
const NON_CONTENT = [
  "title",
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "canvas",
  "head",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "select",
];
const BLOCKS = "p|div|section|article|main|header|h[1-6]|blockquote|pre|ul|ol|dl|table|figure|figcaption|address|hr";
const LINES = "br|li|dt|dd|tr|caption";

/**
 * Readable text of an HTML page without a DOM: the non-content elements go, block elements become paragraphs,
 * the remaining tags are dropped and entities decoded. When the page marks its `<main>` or `<article>`, only that
 * is kept, which leaves out most menus and footers that pages do not mark as such.
 */
export function extractHtmlText(html: string): { title: string | undefined; text: string } {
  const title =
    clean(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1] ?? "") ||
    clean(/<meta\b[^>]*property\s*=\s*["']og:title["'][^>]*content\s*=\s*["']([^"']*)["']/i.exec(html)?.[1] ?? "") ||
    undefined;

  let body = html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, " ");
  for (const tag of NON_CONTENT) body = body.replace(new RegExp(`<${tag}\\b[\\s\\S]*?<\\/${tag}\\s*>`, "gi"), " ");
  const main = [...body.matchAll(/<(main|article)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi)].map((m) => m[2]);
  if (main.length) body = main.join("\n\n");

  const text = decodeEntities(
    body
      .replace(new RegExp(`<\\/?(?:${BLOCKS})\\b[^>]*>`, "gi"), "\n\n")
      .replace(new RegExp(`<(?:${LINES})\\b[^>]*>`, "gi"), "\n") // openers only: </li><li> is one line break
      .replace(/<\/?(?:td|th)\b[^>]*>/gi, " ")
      .replace(/<[^>]*>/g, ""),
  )
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { title, text };
}
