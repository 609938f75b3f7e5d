import { describe, expect, it } from "vitest";
import { ensureRequiredPhrases } from "./ensure-required-phrases";
import { fitDurations } from "./fit-durations";
import { locateQuote } from "./locate-quote";
import { matchSpeaker } from "./match-speaker";
import { removePhrases } from "./scrub-phrases";

describe("fitDurations", () => {
  it("shares whole seconds in proportion and adds up to exactly the total", () => {
    expect(fitDurations([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(fitDurations([0, 0], 61)).toEqual([31, 30]);
    expect(fitDurations([5, 1], 100, [0, 30])).toEqual([58, 42]);
    expect(fitDurations([1, 1], 20, [15, 15])).toEqual([10, 10]);
  });
});

describe("invariants", () => {
  it("locates a quote only in its own source, at source offsets", () => {
    const passages = [{ sourceId: "a", text: "Naps help. Sleep helps more.", start: 100 }];
    expect(locateQuote("Sleep helps more.", "a", passages)).toEqual({ start: 111, end: 128 });
    expect(locateQuote("Sleep helps more.", "b", passages)).toBeNull();
    expect(locateQuote("Sleep helps most.", "a", passages)).toBeNull();
  });

  it("cuts whole sentences with a banned phrase, and adds missing required phrases in their place", () => {
    expect(removePhrases("It is a Game-Changer. Or not! Fine.", ["game-changer"])).toBe("Or not! Fine.");
    const script = { segments: [{ title: "A", lines: [{ speaker: "Maya", text: "Hi." }] }] };
    expect(
      ensureRequiredPhrases(script, ["Welcome to the show", "Stay curious", "hi"], "Maya").segments[0]!.lines,
    ).toEqual([
      { speaker: "Maya", text: "Welcome to the show. Hi." },
      { speaker: "Maya", text: "Stay curious." },
    ]);
  });

  it("matches a model's speaker to a cast member by name or unique first name", () => {
    const cast = ["Maya Chen", "Theo Marsh", "Theo Park"];
    expect(["maya chen", "Maya", "Theo", "Zed"].map((n) => matchSpeaker(n, cast))).toEqual([
      "Maya Chen",
      "Maya Chen",
      null,
      null,
    ]);
  });
});
