import { describe, expect, it } from "vitest";
import { normalizeWords, numberToWords, wordErrorRate } from "@/lib/text/wer";

describe("normalizeWords", () => {
  it("lower-cases and drops punctuation but keeps contractions", () => {
    expect(normalizeWords("Hello, World! Don't “stop” -- well-known.")).toEqual([
      "hello",
      "world",
      "don't",
      "stop",
      "well",
      "known",
    ]);
  });

  it("spells out numbers the way a speech engine reads them", () => {
    expect(normalizeWords("3 hosts, 42 guests and 1,250 listeners")).toEqual(
      "three hosts forty two guests and one thousand two hundred fifty listeners".split(" "),
    );
    expect(normalizeWords("In 1984 and 1905, then 2008 and 2024")).toEqual(
      "in nineteen eighty four and nineteen oh five then two thousand eight and twenty twenty four".split(" "),
    );
    expect(normalizeWords("the 21st time, 2.5% & rising")).toEqual(
      "the twenty first time two point five percent and rising".split(" "),
    );
  });

  it("writes cardinals up to billions", () => {
    expect(numberToWords(0)).toEqual(["zero"]);
    expect(numberToWords(2_000_017).join(" ")).toBe("two million seventeen");
  });
});

describe("wordErrorRate", () => {
  it("is zero for the same words however written", () => {
    expect(wordErrorRate("We have 3 hosts.", "we have three hosts").wer).toBe(0);
  });

  it("counts substitutions, deletions and insertions", () => {
    expect(wordErrorRate("the cat sat on the mat", "the bat sat on mat")).toEqual({
      wer: 2 / 6,
      substitutions: 1,
      deletions: 1,
      insertions: 0,
      referenceWords: 6,
    });
    expect(wordErrorRate("one two three", "one two and three")).toMatchObject({ wer: 1 / 3, insertions: 1 });
  });

  it("can exceed 1 when the hypothesis is much longer", () => {
    expect(wordErrorRate("yes", "no no no").wer).toBe(3);
  });

  it("handles empty texts", () => {
    expect(wordErrorRate("", "").wer).toBe(0);
    expect(wordErrorRate("", "words").wer).toBe(1);
    expect(wordErrorRate("two words", "").wer).toBe(1);
  });
});
