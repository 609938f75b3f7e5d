import { describe, expect, it } from "vitest";
import { readGuidance } from "@/lib/text/read-guidance";
import { brandGuidance } from "./brand-guidance";

const violation = (rule: string, text: string, line = 3) => ({
  rule,
  text,
  line,
  segment: 0,
  start: 0,
  end: 1,
  dimension: "vocabulary" as const,
});

describe("brandGuidance", () => {
  it("turns violations into what the writer acts on, and rule checks it never says on air", () => {
    const guidance = brandGuidance({
      overall: 8.1,
      threshold: 9.3,
      violations: [
        violation("banned-phrase", "game-changer"),
        violation("missing-required-phrase", 'missing required phrase "Thanks for listening"', 40),
        violation("unhedged-claims", "no humility marker near 3 claim line(s)", 12),
      ],
    });
    const read = readGuidance(guidance);
    expect(read.avoid).toEqual(["game-changer"]);
    expect(read.include).toEqual(["Thanks for listening"]);
    expect(read.statements).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.checks).toEqual([
      "Brand check: the score 8.1 is below 9.3.",
      "Brand check: unhedged-claims at line 12: no humility marker near 3 claim line(s).",
    ]);
  });

  it("puts the phrases to drop or add before a run of other checks, so none is cut off", () => {
    const stock = Array.from({ length: 10 }, (_, i) => violation("stock-line", "a template line", i + 1));
    const guidance = brandGuidance({
      overall: 7.6,
      threshold: 9.3,
      violations: [...stock, violation("banned-phrase", "game-changer", 30)],
    });
    const read = readGuidance(guidance);
    expect(read.avoid).toEqual(["game-changer"]);
    expect(read.checks).toHaveLength(1 + 7);
  });
});
