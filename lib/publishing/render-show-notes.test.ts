import { describe, expect, it } from "vitest";
import { plainSummary, renderShowNotes } from "./render-show-notes";

describe("renderShowNotes", () => {
  it("renders the show notes' Markdown: headings from h2, lists, emphasis, code, quotes and links", () => {
    const html = renderShowNotes(
      "# Sleep\n\nA **bold** and *quiet* `idea`.\n\n## Chapters\n\n- 00:00 Intro\n- 01:15 Why\n\n1. one\n\n> quoted\n\n[Walker](https://example.org/w) and [mail](mailto:a@example.org)",
    );
    expect(html).toBe(
      [
        "<h2>Sleep</h2>",
        "<p>A <strong>bold</strong> and <em>quiet</em> <code>idea</code>.</p>",
        "<h2>Chapters</h2>",
        "<ul>\n<li>00:00 Intro</li>\n<li>01:15 Why</li>\n</ul>",
        "<ol>\n<li>one</li>\n</ol>",
        "<blockquote>\n<p>quoted</p>\n</blockquote>",
        '<p><a href="https://example.org/w" rel="noopener">Walker</a> and <a href="mailto:a@example.org" rel="noopener">mail</a></p>',
      ].join("\n"),
    );
  });

  it.each([
    ["a script element and its content", "Hi <script>alert(1)</script> there", "<p>Hi  there</p>"],
    ["an event attribute on raw HTML", 'Look <img src="x" onerror="alert(1)"> here', "<p>Look  here</p>"],
    ["a javascript: link", "[click](javascript:alert(1))", '<p><a rel="noopener">click</a></p>'],
    [
      "a javascript: link in raw HTML",
      '<a href="JaVaScRiPt:alert(1)" onclick="x()">x</a>',
      '<p><a rel="noopener">x</a></p>',
    ],
    ["a data: link", "[d](data:text/html;base64,PHNjcmlwdD4=)", '<p><a rel="noopener">d</a></p>'],
    ["a protocol-relative link", "[p](//evil.example/x)", '<p><a rel="noopener">p</a></p>'],
    [
      "an iframe, a style and a form",
      '<iframe src="https://x"></iframe><style>p{}</style><form><input></form>ok',
      "ok",
    ],
    [
      "a raw anchor's target and style",
      '<a href="https://x.example" target="_blank" style="color:red">x</a>',
      '<p><a href="https://x.example" rel="noopener">x</a></p>',
    ],
  ])("strips %s", (_what, markdown, html) => {
    expect(renderShowNotes(markdown)).toBe(html);
  });

  it("keeps a text's angle brackets and ampersands as text", () => {
    expect(renderShowNotes("5 \\< 6 & 7 \\> 3")).toBe("<p>5 &lt; 6 &amp; 7 &gt; 3</p>");
  });
});

describe("plainSummary", () => {
  const notes =
    "# Sleep & memory\n\nA **bold** claim: 5 \\< 6.\n\n- one\n- [two](https://example.org)\n\n<script>x()</script>";

  it("is the notes' text without markup, items marked, paragraphs apart by a blank line", () => {
    expect(plainSummary(notes)).toBe("Sleep & memory\n\nA bold claim: 5 < 6.\n\n• one\n• two");
  });

  it("stays within the byte budget, cut at a word with an ellipsis", () => {
    const text = plainSummary("Sleep helps memory in many ways", 20);
    expect(text).toBe("Sleep helps…");
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(20);
  });

  it("never cuts inside a character, however many bytes it takes", () => {
    for (let budget = 4; budget <= 40; budget++) {
      const text = plainSummary("né😀 mañana 👩‍👩‍👧 ünïcödé everywhere", budget);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget);
      expect(Buffer.from(text).toString("utf8")).toBe(text);
      expect(text).not.toMatch(/\uFFFD/);
      expect(text.endsWith("…")).toBe(true);
      // A cut emoji sequence would leave a lone zero-width joiner or half a family behind.
      expect(text).not.toMatch(/\u200D…$/);
    }
  });

  it("answers the whole text when it fits, and nothing when not even the ellipsis fits", () => {
    expect(plainSummary("Short.", 6)).toBe("Short.");
    expect(plainSummary("Longer text", 2)).toBe("");
  });
});
