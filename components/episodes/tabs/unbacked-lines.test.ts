import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CheckedStatement } from "@/lib/quality/fact-check/checked-statement";
import { UnbackedLines } from "./unbacked-lines";

const statement = (line: number, verdict: CheckedStatement["verdict"], statement: string, quote: string | null) => ({
  line,
  segment: 0,
  speaker: line % 2 ? "Ada" : "Sam",
  statement,
  verdict,
  evidence: quote ? { sourceId: `src-${line}`, sourceTitle: "Sleep loss, naps and learning", quote } : null,
  reason: `reason ${line}`,
});

/** The rows shown, as [line, verdict, text], read back from the markup. */
const rows = (html: string) =>
  [...html.matchAll(/<li[^>]*data-verdict="(\w+)" data-line="(\d+)"[^>]*>(.*?)<\/li>/g)].map((m) => ({
    line: Number(m[2]),
    verdict: m[1],
    text: m[3]!.replace(/<[^>]+>/g, ""),
  }));

describe("UnbackedLines", () => {
  it("shows the contradicted lines first, then the unsupported, each with its passage, and not the supported", () => {
    const html = renderToStaticMarkup(
      createElement(UnbackedLines, {
        statements: [
          statement(
            2,
            "SUPPORTED",
            "Most adults need seven to nine hours of sleep.",
            "Most adults need between seven and nine hours.",
          ),
          statement(5, "UNSUPPORTED", "Napping every day lowers the risk of heart disease.", null),
          statement(
            7,
            "CONTRADICTED",
            "In a 2017 imaging study, people were 40 percent worse at forming memories.",
            "After one night without sleep, people in a 2007 imaging study were about 40 percent worse.",
          ),
        ],
      }),
    );
    const shown = rows(html);
    expect(shown.map((r) => [r.line, r.verdict])).toEqual([
      [7, "CONTRADICTED"],
      [5, "UNSUPPORTED"],
    ]);
    expect(shown[0]!.text).toContain("In a 2017 imaging study");
    expect(shown[0]!.text).toContain("people in a 2007 imaging study were about 40 percent worse");
    expect(shown[0]!.text).toContain("Sleep loss, naps and learning");
    expect(shown[1]!.text).toContain("No source passage is about this.");
    expect(html).not.toContain("Most adults need between seven and nine hours.");
    expect(html).toContain("3 factual statement(s)");
  });

  it("says so when every checked line is supported", () => {
    const html = renderToStaticMarkup(
      createElement(UnbackedLines, {
        statements: [
          statement(2, "SUPPORTED", "Most adults need seven to nine hours.", "Most adults need seven to nine hours."),
        ],
      }),
    );
    expect(rows(html)).toEqual([]);
    expect(html).toContain("None: a source passage states every one of them.");
  });
});
