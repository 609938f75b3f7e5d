import { describe, expect, it } from "vitest";
import { contentWords } from "@/lib/text/content-words";
import { findNumbers } from "@/lib/text/find-numbers";
import { netDirection, polarityOf } from "@/lib/text/polarity";

describe("findNumbers", () => {
  it("reads digits and number words with what they count", () => {
    expect(
      findNumbers(
        "In a 2019 study of 48 university students, eight hours of sleep gave 20% more recall, 1.2 million people, twelve percent",
      ),
    ).toEqual([
      { value: 2019, kind: "year" },
      { value: 48, kind: "sample" },
      { value: 8, kind: "hour" },
      { value: 20, kind: "percent" },
      { value: 1_200_000, kind: "sample" },
      { value: 12, kind: "percent" },
    ]);
    expect(findNumbers("One study found that one of the effects held.")).toEqual([]);
  });
});

describe("polarity and content words", () => {
  it("tells negation and direction apart from the subject", () => {
    expect(polarityOf("did not improve recall")).toEqual({ negated: true, direction: 1, denied: true });
    // a lack named as a word is a negation, not a denial of the finding
    expect(polarityOf("One sleepless night left people worse")).toEqual({
      negated: true,
      direction: -1,
      denied: false,
    });
    expect(polarityOf("People deprived of sleep did worse")).toMatchObject({ negated: true, denied: false });
    // a bound is not a direction
    expect(polarityOf("people who slept less than six hours")).toMatchObject({ direction: 0 });
    expect(netDirection(polarityOf("Sleep deprivation impairs recall"))).toBe(1);
    expect(netDirection(polarityOf("Sleep improves recall"))).toBe(1);
    expect(netDirection(polarityOf("Caffeine reduced recall"))).toBe(-1);
    expect([...contentWords("Students who slept recalled more word pairs, not fewer")]).toEqual([
      "student",
      "sleep",
      "recal",
      "word",
      "pair",
    ]);
  });
});
