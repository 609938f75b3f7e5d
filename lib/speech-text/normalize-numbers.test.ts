import { describe, expect, it } from "vitest";
import { normalizeNumbers } from "./normalize-numbers";
import type { SpeechChange } from "./rewrite";

const say = (text: string) => normalizeNumbers(text, []);

describe("normalizeNumbers", () => {
  it.each([
    ["42 people", "forty-two people"],
    ["1,200 adults", "one thousand two hundred adults"],
    ["a 3.14 ratio", "a three point one four ratio"],
    ["the 3rd and 21st trials", "the third and twenty-first trials"],
    ["20% more", "twenty percent more"],
    ["2.5 % less", "two point five percent less"],
    ["In 1998 researchers", "In nineteen ninety-eight researchers"],
    ["since 1905 and in 1900", "since nineteen oh five and in nineteen hundred"],
    ["by 2005 or in 2024", "by two thousand five or in twenty twenty-four"],
    ["1500 participants", "one thousand five hundred participants"],
    ["7-9 hours", "seven to nine hours"],
    ["20–30% of", "twenty to thirty percent of"],
    ["from 1990-1995", "from nineteen ninety to nineteen ninety-five"],
    ["on 2024-03-05.", "on March fifth, twenty twenty-four."],
    ["on March 5, 2024.", "on March fifth, twenty twenty-four."],
    ["by May 1st", "by May first"],
    ["$5.50", "five dollars and fifty cents"],
    ["$1 and $0.05", "one dollar and five cents"],
    ["€20", "twenty euros"],
    ["£3.25", "three pounds and twenty-five pence"],
    ["$1.5 million", "one point five million dollars"],
    ["$2M", "two million dollars"],
  ])("%s -> %s", (input, spoken) => {
    expect(say(input)).toBe(spoken);
  });

  it("leaves numbers inside words and codes alone", () => {
    expect(say("COVID-19 and B12 and v2.1")).toBe("COVID-19 and B12 and v2.1");
  });

  it("records each change with its rule", () => {
    const changes: SpeechChange[] = [];
    normalizeNumbers("In 1998, 20% paid $5.", changes);
    expect(changes).toEqual([
      { from: "$5", to: "five dollars", rule: "currency" },
      { from: "20%", to: "twenty percent", rule: "percent" },
      { from: "1998", to: "nineteen ninety-eight", rule: "year" },
    ]);
  });
});

describe("a year echoed on its own", () => {
  it("reads '1924?' and '1924!' as the year a host repeats, not as a count", () => {
    expect(say("It was in 1924. 1924? Is the idea that old?")).toBe(
      "It was in nineteen twenty-four. nineteen twenty-four? Is the idea that old?",
    );
    expect(say("1924! That long ago.")).toBe("nineteen twenty-four! That long ago.");
  });

  it("still reads a four-digit count as a number", () => {
    expect(say("The trial counted 1500 people.")).toBe("The trial counted one thousand five hundred people.");
    // Echoed alone, a count reads as a year would, which is also how people say a round count.
    expect(say("How many? 1500?")).toBe("How many? fifteen hundred?");
  });
});
