import { describe, expect, it } from "vitest";
import { listScriptTextErrors, parseScriptText } from "./parse-script-text";
import { MAX_LINE_CHARS, MAX_SCRIPT_LINES, MAX_SCRIPT_SEGMENTS, MAX_SCRIPT_TEXT_CHARS } from "./script-limits";

const hosts = ["Maya Chen", "Theo Marsh"];

describe("parseScriptText", () => {
  it("reads segments and spoken lines, ignoring blank lines and the case of host names", () => {
    const text =
      "## Cold open\n\nMaya Chen: Welcome back.\ntheo marsh: Does a nap help? Yes: a little.\n\n## Recap\nTheo Marsh: Thanks.\n";
    expect(parseScriptText(text, hosts)).toEqual({
      ok: true,
      script: {
        segments: [
          {
            title: "Cold open",
            lines: [
              { speaker: "Maya Chen", text: "Welcome back." },
              { speaker: "Theo Marsh", text: "Does a nap help? Yes: a little." },
            ],
          },
          { title: "Recap", lines: [{ speaker: "Theo Marsh", text: "Thanks." }] },
        ],
      },
    });
  });

  it("reads CRLF and lone-CR line endings as LF, with the same line numbers", () => {
    const lf = "## Cold open\nMaya Chen: Welcome back.\n\nTheo Marsh: Hi.\nstage directions\n";
    for (const eol of ["\r\n", "\r"]) {
      const text = lf.replace(/\n/g, eol);
      expect(parseScriptText(text, hosts)).toEqual(parseScriptText(lf, hosts));
    }
    expect(parseScriptText(lf.replace(/\n/g, "\r"), hosts)).toMatchObject({ ok: false, errors: [{ line: 5 }] });
  });

  it("refuses every line that is not a title or a host's line, with its line number and why", () => {
    const text = [
      "Maya Chen: Before any title.", // 1
      "## Opening", // 2
      "Maya Chen: Fine.", // 3
      "Bob: Who am I?", // 4
      "Just a sentence with no speaker.", // 5
      "# One hash", // 6
      "Theo Marsh:   ", // 7
      "## Empty", // 8
    ].join("\n");
    const result = parseScriptText(text, hosts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 1, reason: "a spoken line before the first `## Title`: start a segment first" },
      { line: 4, reason: `"Bob" is not one of the show's hosts (Maya Chen, Theo Marsh)` },
      { line: 5, reason: "not a `## Title` or a `Speaker Name: text` line" },
      { line: 6, reason: "a segment title is written `## Title` (two #, a space, then the title)" },
      { line: 7, reason: "Theo Marsh says nothing" },
      { line: 8, reason: 'the segment "Empty" has no spoken lines' },
    ]);
  });

  it("refuses an empty file and one over the size limit", () => {
    expect(parseScriptText("\n\n", hosts)).toEqual({
      ok: false,
      errors: [{ line: 0, reason: "The script has no `## Title` segment and no spoken line." }],
    });
    const huge = parseScriptText(`## A\nMaya Chen: ${"word ".repeat(MAX_SCRIPT_TEXT_CHARS / 5)}`, hosts);
    expect(huge.ok).toBe(false);
  });
});

describe("the limits and the round trip", () => {
  it("refuses more spoken lines or segments than an editor's save allows, saying how many", () => {
    const lines = Array.from({ length: MAX_SCRIPT_LINES + 1 }, (_, i) => `Maya Chen: Line ${i}.`);
    expect(parseScriptText(`## One\n${lines.join("\n")}`, hosts)).toEqual({
      ok: false,
      errors: [
        { line: 0, reason: `The script has ${MAX_SCRIPT_LINES + 1} spoken lines; at most ${MAX_SCRIPT_LINES}.` },
      ],
    });
    const segments = Array.from({ length: MAX_SCRIPT_SEGMENTS + 1 }, (_, i) => `## Part ${i}\nTheo Marsh: Hi.`).join(
      "\n",
    );
    expect(parseScriptText(segments, hosts)).toMatchObject({
      ok: false,
      errors: [
        { line: 0, reason: `The script has ${MAX_SCRIPT_SEGMENTS + 1} segments; at most ${MAX_SCRIPT_SEGMENTS}.` },
      ],
    });
    const long = parseScriptText(`## A\nTheo Marsh: Hi.\nMaya Chen: ${"x".repeat(MAX_LINE_CHARS + 1)}`, hosts);
    expect(long).toEqual({ ok: false, errors: [{ line: 3, reason: `the line is over ${MAX_LINE_CHARS} characters` }] });
  });

  it("lists problems as `line N: why`, the first twenty and a count of the rest", () => {
    const text = ["## A", ...Array.from({ length: 25 }, (_, i) => `Sam ${i}: Hello.`), "Maya Chen: Hi."].join("\n");
    const result = parseScriptText(text, hosts);
    if (result.ok) throw new Error("expected a refusal");
    const listed = listScriptTextErrors(result.errors);
    expect(listed).toHaveLength(21);
    expect(listed[0]).toBe(`line 2: "Sam 0" is not one of the show's hosts (Maya Chen, Theo Marsh)`);
    expect(listed[20]).toBe("… and 5 more");
    expect(listScriptTextErrors([{ line: 0, reason: "Empty." }])).toEqual(["Empty."]);
  });
});
