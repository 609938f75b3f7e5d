import { describe, expect, it } from "vitest";
import { decodeEntities, extractHtmlText } from "./extract-html-text";

describe("extractHtmlText", () => {
  it("keeps the title and the prose, drops scripts, styles and chrome", () => {
    const html = `<!doctype html><html><head><title> Solar &amp; Wind
      in 2030 </title><style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
      <body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
      <h1>Renewables</h1><p>Solar <b>capacity</b> grew&nbsp;40%.</p><!-- a comment -->
      <p>Wind&#8217;s share rose &#x2014; slowly.</p><ul><li>One</li><li>Two</li></ul>
      <noscript>Enable JavaScript</noscript><footer>© 2025 Example</footer></body></html>`;
    expect(extractHtmlText(html)).toEqual({
      title: "Solar & Wind in 2030",
      text: "Renewables\n\nSolar capacity grew 40%.\n\nWind’s share rose — slowly.\n\nOne\nTwo",
    });
  });

  it("keeps only the main content when the page marks it", () => {
    const html = `<title>T</title><div class="menu">Menu Login Subscribe</div>
      <main><p>The article body.</p></main><div>Related links</div>`;
    expect(extractHtmlText(html).text).toBe("The article body.");
  });

  it("falls back to og:title and tolerates pages without a title", () => {
    expect(extractHtmlText(`<meta property="og:title" content="Shared title"><p>x</p>`).title).toBe("Shared title");
    expect(extractHtmlText("<p>Only text</p>")).toEqual({ title: undefined, text: "Only text" });
  });

  it("puts table cells on one line per row", () => {
    expect(
      extractHtmlText("<table><tr><td>Year</td><td>GW</td></tr><tr><td>2024</td><td>12</td></tr></table>").text,
    ).toBe("Year GW\n2024 12");
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric entities and leaves unknown ones", () => {
    expect(decodeEntities("&lt;a&gt; &quot;x&quot; &#65;&#x42; &unknown; &#0; &#xD800;")).toBe(
      '<a> "x" AB &unknown;  ',
    );
  });
});
