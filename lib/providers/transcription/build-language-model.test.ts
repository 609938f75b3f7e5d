import { describe, expect, it } from "vitest";
import { buildLanguageModel, scriptSentences } from "./build-language-model";
import { dictionaryFor, parsePronunciations } from "./load-pronunciations";
import { parsePocketsphinxOutput } from "./parse-pocketsphinx-output";

describe("scriptSentences", () => {
  it("splits into normalised sentences and drops words without a pronunciation", () => {
    const known = new Set(["we", "have", "three", "hosts", "welcome"]);
    expect(scriptSentences("We have 3 hosts! Welcome, Zyxx.\n\nZyxx", (w) => known.has(w))).toEqual([
      ["we", "have", "three", "hosts"],
      ["welcome"],
    ]);
  });
});

describe("buildLanguageModel", () => {
  const arpa = buildLanguageModel([
    ["the", "cat"],
    ["the", "dog"],
  ]);
  const section = (name: string) => arpa.split(`\\${name}:\n`)[1]!.split("\n\n")[0]!.split("\n");

  it("writes a well-formed ARPA file with matching counts", () => {
    expect(arpa.startsWith("\\data\\\nngram 1=5\nngram 2=5\n")).toBe(true);
    expect(section("1-grams")).toHaveLength(5);
    expect(section("2-grams")).toHaveLength(5);
    expect(arpa.trimEnd().endsWith("\\end\\")).toBe(true);
  });

  it("gives <s> no probability and proper distributions to the rest", () => {
    const unigrams = new Map(section("1-grams").map((l) => [l.split(" ")[1]!, Number(l.split(" ")[0])]));
    expect(unigrams.get("<s>")).toBe(-99);
    const total = [...unigrams].filter(([w]) => w !== "<s>").reduce((p, [, lp]) => p + 10 ** lp, 0);
    expect(total).toBeCloseTo(1, 3);
    // "the" is followed by cat and dog once each: half a count discounted from each of 2.
    expect(section("2-grams")).toContain(`${Math.log10(0.25).toFixed(4)} the cat`);
  });
});

describe("dictionaryFor", () => {
  it("keeps every variant of just the words asked for", () => {
    const prons = parsePronunciations("a AH0\na(2) EY1\nthe DH AH0\nzebra Z IY1 B R AH0\n");
    expect(dictionaryFor(["a", "the", "a", "unknown"], prons)).toBe("a AH0\na(2) EY1\nthe DH AH0\n");
  });
});

describe("parsePocketsphinxOutput", () => {
  it("reads timed words and drops fillers and variant marks", () => {
    const stdout =
      "the studio opened\n<s> 0.090 0.140 0.999\nthe 0.150 0.250 0.908\n<sil> 1.880 1.900 0.58\na(2) 2.090 2.140 0.32\n[NOISE] 3 3.5 0.1\n</s> 7.680 7.700 1.0\n";
    expect(parsePocketsphinxOutput(stdout)).toEqual([
      { word: "the", start: 0.15, end: 0.25 },
      { word: "a", start: 2.09, end: 2.14 },
    ]);
  });
});
