import { describe, expect, it } from "vitest";
import { countSyllables, fleschKincaidGrade } from "./readability";

describe("readability", () => {
  it("counts syllables by vowel groups with a silent final e", () => {
    expect(["nap", "make", "table", "memory", "the", "studied"].map(countSyllables)).toEqual([1, 1, 2, 3, 1, 2]);
  });

  it("grades by Flesch-Kincaid: short plain sentences low, long polysyllabic ones high", () => {
    expect(fleschKincaidGrade(["The cat sat.", "It was warm."])).toBeLessThan(2);
    expect(
      fleschKincaidGrade([
        "Consolidation of declarative memories necessitates uninterrupted physiological sleep architecture.",
      ]),
    ).toBeGreaterThan(15);
    expect(fleschKincaidGrade([])).toBe(0);
  });
});
