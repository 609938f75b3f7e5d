import { describe, expect, it } from "vitest";
import { expandAbbreviations } from "./abbreviations";
import { saidAsWord, spellAcronyms } from "./acronyms";
import { applyLexicon } from "./lexicon";
import type { SpeechChange } from "./rewrite";
import { speakUrls } from "./urls";

describe("expandAbbreviations", () => {
  it.each([
    ["Dr. Walker and Prof. Ito", "Doctor Walker and Professor Ito"],
    ["Mr. and Mrs. Lee", "Mister and Missus Lee"],
    ["naps vs. coffee", "naps versus coffee"],
    ["fruit, e.g. apples", "fruit, for example, apples"],
    ["REM, i.e., dreaming", "REM, that is, dreaming"],
    ["approx. ten", "approximately ten"],
    ["No. 7", "number 7"],
    ["apples, pears, etc. Then more.", "apples, pears, et cetera. Then more."],
    ["apples, etc. and pears", "apples, et cetera and pears"],
    ["Walker et al. found", "Walker and colleagues found"],
  ])("%s -> %s", (input, spoken) => {
    expect(expandAbbreviations(input, [])).toBe(spoken);
  });
});

describe("spellAcronyms", () => {
  it("spells unpronounceable acronyms and keeps word-like ones", () => {
    expect(spellAcronyms("NASA, NATO, the CDC, the FBI, HTML, UCLA and FAQs", [])).toBe(
      "NASA, NATO, the C D C, the F B I, H T M L, U C L A and F A Qs",
    );
    expect(saidAsWord("FEMA")).toBe(true);
    expect(saidAsWord("WHO")).toBe(false);
  });
});

describe("speakUrls", () => {
  it("says web addresses and emails", () => {
    const changes: SpeechChange[] = [];
    expect(speakUrls("See example.com/path, https://www.sleep-lab.org/a_b or mail me@example.co.uk.", changes)).toBe(
      "See example dot com slash path, w w w dot sleep dash lab dot org slash a underscore b or mail me at example dot co dot uk.",
    );
    expect(changes.map((c) => c.rule)).toEqual(["email", "url", "url"]);
  });

  it("leaves abbreviations and decimals alone", () => {
    expect(speakUrls("e.g. 3.5 hours", [])).toBe("e.g. 3.5 hours");
  });
});

describe("applyLexicon", () => {
  const lexicon = [
    { term: "REM", say: "rem" },
    { term: "REM sleep", say: "rem sleep" },
    { term: "Nguyen", say: "win" },
  ];

  it("replaces whole words, longest term first, case-sensitively for acronyms", () => {
    const changes: SpeechChange[] = [];
    expect(applyLexicon("REM sleep, REM, rem, REMS and NGUYEN or nguyen.", lexicon, changes)).toBe(
      "rem sleep, rem, rem, REMS and win or win.",
    );
    expect(changes).toEqual([
      { from: "REM sleep", to: "rem sleep", rule: "lexicon" },
      { from: "NGUYEN", to: "win", rule: "lexicon" },
      { from: "nguyen", to: "win", rule: "lexicon" },
      { from: "REM", to: "rem", rule: "lexicon" },
    ]);
  });
});
