import { describe, expect, it } from "vitest";
import { splitPassages } from "./split-passages";

const exact = (content: string) => splitPassages(content).every((p) => content.slice(p.start, p.end) === p.text);

describe("splitPassages", () => {
  it("splits on blank lines and keeps exact offsets", () => {
    const a = "A".repeat(250);
    const b = "B".repeat(300);
    const content = `  ${a}\n\n \n${b}\n`;
    expect(splitPassages(content)).toEqual([
      { start: 2, end: 252, text: a },
      { start: 256, end: 556, text: b },
    ]);
  });

  it("joins a heading to the paragraph after it", () => {
    const body = "Body sentence. ".repeat(20).trim();
    const content = `# Batteries\n\n${body}`;
    expect(splitPassages(content)).toEqual([{ start: 0, end: content.length, text: content }]);
  });

  it("cuts long paragraphs at sentence ends, within the maximum", () => {
    const sentence = "Grid batteries store solar power for the evening peak. ";
    const content = sentence.repeat(60).trim();
    const passages = splitPassages(content);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(1200);
      expect(p.text.endsWith(".")).toBe(true);
      expect(p.text.startsWith("Grid")).toBe(true);
    }
    expect(exact(content)).toBe(true);
  });

  it("cuts text without sentences or spaces too", () => {
    const content = "x".repeat(3000);
    expect(splitPassages(content).map((p) => p.text.length)).toEqual([1200, 1200, 600]);
  });

  it("returns nothing for blank content", () => {
    expect(splitPassages(" \n\n ")).toEqual([]);
  });
});
