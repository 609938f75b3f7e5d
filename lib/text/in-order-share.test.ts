import { describe, expect, it } from "vitest";
import { contentLemmas } from "./content-words";
import { inOrderShare } from "./in-order-share";

const SOURCE =
  "Longer naps of 60 to 90 minutes can include slow-wave sleep and, in several small studies, improved recall of facts learned before the nap.";

describe("inOrderShare", () => {
  it("keeps content lemmas in the order they are said, repeats included", () => {
    // "helped" and "more" are direction words, left to polarity.
    expect(contentLemmas("The nap helped, and a second nap helped more.")).toEqual(["nap", "second", "nap"]);
  });

  it("counts a source sentence read out with words slipped in as read out", () => {
    const salted =
      "Longer naps of 60 to 90 minutes can actually include slow-wave sleep and also improved recall of facts learned before the nap.";
    // Only the slipped-in "actually" is not the source's; "also" is no content word.
    expect(inOrderShare(salted, SOURCE)).toBeCloseTo(11 / 12);
  });

  it("counts a sentence turned around in the host's words as the host's", () => {
    const said =
      "Slow-wave sleep can happen in longer naps, and those naps helped people remember things they had just learned.";
    expect(inOrderShare(said, SOURCE)).toBeLessThan(0.6);
  });

  it("is 0 for a line with no content words", () => {
    expect(inOrderShare("Why's that?", SOURCE)).toBe(0);
  });
});
