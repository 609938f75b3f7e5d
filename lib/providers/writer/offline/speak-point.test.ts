import { describe, expect, it } from "vitest";
import { speakSentence } from "./speak-point";

describe("speakSentence", () => {
  it("says a consequence first and then its cause", () => {
    expect(speakSentence("Most volunteers are young students, so the results may not hold for older adults.")).toEqual([
      "The findings may not apply to older adults.",
      "That's because the volunteers are mostly young students.",
    ]);
  });

  it("keeps a purpose ('so that') with the sentence it belongs to", () => {
    const said = speakSentence(
      "A rock lighthouse needed at least three keepers, so that one could fall ill without the light going out.",
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/three keepers, so that one could fall ill/);
  });
});
