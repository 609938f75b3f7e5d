import { describe, expect, it } from "vitest";
import { buildTestPdf } from "./build-test-pdf";
import { extractPdfText } from "./extract-pdf-text";
import { normalizeText } from "./finish-source";

const line = "Sleep spindles replay the memories of the day in the hippocampus.";
const pages = Array.from({ length: 40 }, (_, i) => Array.from({ length: 20 }, () => `${i + 1}: ${line}`));

describe("extractPdfText", () => {
  it("reads every page, separated by a blank line, when the text fits", async () => {
    const { text } = await extractPdfText(buildTestPdf(pages.slice(0, 3), "Notes"), "notes.pdf");
    const read = normalizeText(text).split("\n\n");
    expect(read).toHaveLength(3);
    expect(read[2]!.split("\n")).toEqual(pages[2]);
  });

  it("stops reading once the text passes the limit, with more than the limit read so the caller can tell", async () => {
    const limit = 10_000; // about eight of the forty pages
    const { text } = await extractPdfText(buildTestPdf(pages), "long.pdf", limit);
    const size = Buffer.byteLength(normalizeText(text), "utf8");
    expect(size).toBeGreaterThan(limit);
    expect(size).toBeLessThan(limit + 2_000); // one page past it, not the forty
    expect(text).not.toContain("40: ");
  });

  it("reads to the end when the whole text is exactly at the limit", async () => {
    const whole = normalizeText((await extractPdfText(buildTestPdf(pages.slice(0, 5)), "five.pdf")).text);
    const { text } = await extractPdfText(
      buildTestPdf(pages.slice(0, 5)),
      "five.pdf",
      Buffer.byteLength(whole, "utf8"),
    );
    expect(normalizeText(text)).toBe(whole);
  });
});
