import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/split-sentences";

describe("splitSentences", () => {
  it("keeps exact offsets through Markdown headings, lists and hard-wrapped lines", () => {
    const text =
      "# Sleep and memory\n\nDr. Walker et al. found a 7.5% gain in\nrecall. It faded later!\n\n- Naps help too. Short ones.\n| a | b |\nPlain title line";
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => [s.text, s.heading])).toEqual([
      ["Sleep and memory", true],
      ["Dr. Walker et al. found a 7.5% gain in\nrecall.", false],
      ["It faded later!", false],
      ["Naps help too.", false],
      ["Short ones.", false],
      ["Plain title line", true],
    ]);
  });
});
