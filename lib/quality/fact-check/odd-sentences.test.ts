import { describe, expect, it } from "vitest";
import type { Script } from "@/lib/domain/script";
import { clausesOf, scopeOf } from "@/lib/text/claim-scope";
import { quantitiesMet, quantityConflict } from "@/lib/text/compare-measures";
import { readMeasures } from "@/lib/text/read-measures";
import { seededRandom } from "@/lib/text/seeded-random";
import { checkScriptFacts } from "./check-script-facts";
import { labelClaim } from "./label-claim";

/** Pieces an editor's line or a scraped source can end or start on: truncated numbers, lone units, bare joiners. */
const PIECES = [
  "ten",
  "to",
  "-",
  "–",
  "—",
  "7",
  "7-",
  "-9",
  "and",
  "between",
  "a",
  "an",
  "half",
  "third",
  "quarter",
  "of",
  "hour",
  "hours",
  "minutes",
  "%",
  "percent",
  "per",
  "cent",
  "twenty",
  "twenty-",
  "one",
  "hundred",
  "million",
  "1,000",
  "1.5",
  "2007",
  "up",
  "less than",
  "at least",
  "about",
  "or more",
  "twice",
  "as",
  "times",
  "only",
  "during",
  "not",
  "never",
  "who",
  "most",
  "Smeaton's",
  "Café",
  "日本",
  "🙂",
  "ﬁve",
  "…",
  ".",
  ",",
  ";",
  ":",
  "?",
  "!",
  "(",
  ")",
  "'",
  "’",
  "\u0000",
  "\u200b",
  "\t",
  "",
  "sleep",
  "memory",
  "worse",
  "later",
  "n't",
];

/** Sentences no one writes on purpose, as a pasted line or a scraped page may hold them. */
function oddSentences(): string[] {
  const random = seededRandom(14);
  const pick = () => PIECES[Math.floor(random() * PIECES.length)]!;
  const drawn = Array.from({ length: 400 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, pick).join(random() < 0.8 ? " " : ""),
  );
  return [
    "Maya Chen: Meet me at ten to",
    "Meet me at ten -",
    "It lasted 7 to",
    "between 7 and",
    "half an",
    "a quarter of an",
    "twenty -",
    "...",
    "",
    " ",
    "%%%",
    "—",
    "99999999999999999999999 hours",
    "1e309 percent",
    "one ".repeat(500),
    "about seven to nine hours, ".repeat(500),
    "Ünïcödé 睡眠 は 七 時間 😴 sleep 40 percent",
    ...drawn,
  ];
}

const SOURCE = [
  {
    sourceId: "s",
    text: "After one night without sleep, people in a 2007 study were about 40 percent worse at forming new memories. Meet me at ten to",
  },
];

describe("the fact checker's readers on odd sentences", () => {
  const sentences = oddSentences();

  it("read, compare, scope and label every one without throwing", () => {
    for (const text of sentences) {
      expect(
        () => {
          readMeasures(text);
          scopeOf(text);
          clausesOf(text);
          quantityConflict(text, SOURCE[0]!.text);
          quantityConflict(SOURCE[0]!.text, text);
          quantitiesMet(text, text);
          labelClaim(text, SOURCE);
          labelClaim("People were about 40 percent worse at forming new memories.", [{ sourceId: "odd", text }]);
        },
        text.slice(0, 80),
      ).not.toThrow();
    }
  });

  it("check a script made of them, and sources made of them, without throwing", () => {
    const script: Script = {
      segments: [{ title: "Odd", lines: sentences.map((text) => ({ speaker: "Maya Chen", text })) }],
    };
    const check = checkScriptFacts(script, [...SOURCE, { sourceId: "odd", text: sentences.join(" ") }]);
    expect(check.facts.length).toBeGreaterThan(0);
  });

  it("read a sentence ending on a range's joiner as the number it has", () => {
    // a bare number: no kind, so the line is not a statement to check
    expect(readMeasures("Meet me at ten to")).toMatchObject([{ kind: "", low: 10, high: 10 }]);
    const [m] = readMeasures("It took 7 -");
    expect(m).toMatchObject({ low: 7, high: 7 });
  });
});
