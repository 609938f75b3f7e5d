import { describe, expect, it } from "vitest";
import { measureCopying } from "./copying";
import { lineTerms, vocabularyOf } from "./line-terms";

// Two sentences of bench/sources/02-sleep-loss-naps-and-learning.md and one of 01-sleep-and-memory-consolidation.md.
const SOURCES = [
  "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new " +
    "memories than rested volunteers, and their hippocampus was less active while they learned. Longer naps of 60 " +
    "to 90 minutes can include slow-wave sleep and, in several small studies, improved recall of facts learned " +
    "before the nap.",
  "In slow-wave sleep the hippocampus, which stores new experiences for a short time, replays them in bursts " +
    "called sharp-wave ripples.",
];

const copied = (text: string) =>
  measureCopying([lineTerms({ speaker: "Ada", text }, vocabularyOf(SOURCES))], SOURCES).copiedLines === 1;

describe("measureCopying", () => {
  // Labelled by reading each line against the source: would a listener hear the source read out?
  it.each([
    "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories than rested volunteers.",
    // Fillers every few words (the reviewer's salted script).
    "After one night without sleep, also people in a 2007 imaging really study were about 40 percent basically worse at forming new memories actually than rested volunteers.",
    // A few words swapped or dropped, and a question tacked on.
    "After one night without sleep, people were actually roughly 40 percent worse at forming new memories compared to rested volunteers. What do you make of that?",
    "Longer naps of 60 to 90 minutes can actually include slow-wave sleep and also improved recall of facts learned before the nap. That's from several small studies.",
    "In slow-wave sleep, the hippocampus, which basically stores new experiences for a short while, replays them in bursts, called sharp-wave ripples.",
    // A source sentence read out as a question.
    "So after one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new memories, right?",
  ])("counts a source sentence read out: %s", (text) => {
    expect(copied(text)).toBe(true);
  });

  it.each([
    // Other words, other order, numbers kept.
    "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.",
    "An hour or more can reach deep sleep and, in a handful of small studies, helped people recall facts.",
    "The hippocampus, a short-term store for new experiences, sends them out again in rapid bursts called sharp-wave ripples.",
    // The source sentence split and turned around, in the host's words.
    "Volunteers who'd been kept up all night were forty percent worse at making new memories. Their hippocampus barely lit up.",
    // A question that asks about the finding in its own order is not a sentence read out.
    "So were people in that 2007 imaging study really 40 percent worse at forming new memories after one night without sleep?",
  ])("does not count a paraphrase: %s", (text) => {
    expect(copied(text)).toBe(false);
  });

  it("counts a copied line of eight words among the lines of eight words or more, and no shorter line", () => {
    const lines = ["Sharp-wave ripples, you say?", "Replays them in bursts called sharp-wave ripples."];
    const m = measureCopying(
      lines.map((text) => lineTerms({ speaker: "Ben", text }, vocabularyOf(SOURCES))),
      SOURCES,
    );
    expect(m).toEqual({ substantiveLines: 1, copiedLines: 1 });
  });
});
