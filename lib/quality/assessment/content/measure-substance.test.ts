import { describe, expect, it } from "vitest";
import { measureSubstance, type SubstanceInput } from "./measure-substance";

const SOURCE =
  "After one night without sleep, people in a 2007 imaging study were about 40 percent worse at forming new " +
  "memories than rested volunteers. A nap of about 20 minutes restores alertness without the grogginess of deep sleep.";
const KEY_POINTS = [
  "After one night without sleep, people in a 2007 study were about 40 percent worse at forming new memories.",
  "A nap of about 20 minutes restores alertness.",
];

const measure = (lines: [string, string][], extra: Partial<SubstanceInput> = {}) =>
  measureSubstance({
    lines: lines.map(([speaker, text]) => ({ speaker, text })),
    keyPoints: KEY_POINTS,
    sources: [SOURCE],
    ...extra,
  });

describe("measureSubstance", () => {
  it("covers a key point said in other words, with its numbers, across two lines", () => {
    const m = measure([
      ["Ada", "Skip one night of sleep and you're roughly 40 percent worse at making new memories."],
      ["Ben", "That was a 2007 brain-imaging study."],
      ["Ada", "A quick 20-minute nap brings alertness back."],
    ]);
    expect(m).toMatchObject({ keyPoints: 2, keyPointsSpoken: 2 });
  });

  it("does not cover a key point said with the wrong numbers", () => {
    const m = measure([
      ["Ada", "Skip one night of sleep and you're roughly 10 percent worse at making new memories."],
      ["Ben", "That was a 2017 brain-imaging study."],
    ]);
    expect(m.keyPointsSpoken).toBe(0);
  });

  it("counts ordinal meta-talk, stock talk and the brief read on air as filler", () => {
    const m = measure(
      [
        ["Ada", "This one is for busy parents who want the gist."],
        ["Ben", "Can we put the first finding next to the second finding?"],
        ["Ada", "The first finding is about sleep memories."],
        ["Ben", "Go on, what's the next one?"],
        ["Ada", "A nap of twenty minutes restores alertness, without the grogginess."],
      ],
      { audience: "Busy parents who want the gist." },
    );
    expect(m.fillerLines).toBe(4);
  });

  it("finds an echo turn and a line said again in other words", () => {
    const m = measure([
      ["Ada", "One sleepless night left people 40 percent worse at forming new memories."],
      ["Ben", "Forty percent worse at forming memories."],
      ["Ada", "A short nap restores alertness."],
      ["Ben", "And after a night without sleep, forming new memories got about 40 percent worse."],
    ]);
    expect(m).toMatchObject({ echoTurns: 1, nearDuplicates: 1 });
  });

  it("finds a line read from a source, with its numbers spoken as words", () => {
    const m = measure([
      [
        "Ada",
        "After one night without sleep, people in a two thousand seven imaging study were about forty percent worse at forming new memories.",
      ],
      ["Ben", "So a single night of lost sleep shows up in memory, and in the hippocampus too."],
    ]);
    expect(m).toMatchObject({ substantiveLines: 2, copiedLines: 1 });
  });

  it("finds lines built on one template", () => {
    const m = measure([
      ["Ada", "The first finding is about sleep loss and memory."],
      ["Ben", "The second finding is about naps and alertness."],
      ["Ada", "Go on, what's the next one?"],
      ["Ben", "Go on, what's the next one?"],
    ]);
    expect(m.templatedLines).toBe(2);
  });

  it("allows only the opening and the closing line as the episode's frame", () => {
    const stock: [string, string][] = [
      ["Ada", "Wow, that's amazing."],
      ["Ben", "Skip one night of sleep and you're roughly 40 percent worse at making new memories."],
      ["Ada", "Incredible, honestly."],
      ["Ben", "A quick 20-minute nap brings alertness back."],
      ["Ada", "Thanks for listening."],
    ];
    expect(measure(stock)).toMatchObject({ fillerLines: 3, frameFillerLines: 2 });
    // A reaction in the middle of the script is no frame.
    expect(measure([stock[1]!, stock[0]!, stock[3]!])).toMatchObject({ fillerLines: 1, frameFillerLines: 0 });
  });
});
