import { lemma } from "@/lib/text/lemma";

export interface Quantity {
  value: number;
  /** What is counted: "percent", the lemma of the noun after the number ("hour"), "sample", "year" or "". */
  kind: string;
}

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  half: 0.5,
  twice: 2,
  double: 2,
  triple: 3,
  quarter: 0.25,
  third: 1 / 3,
};

/** Nouns that count who took part: two studies of one question legitimately differ in these. */
export const SAMPLE_NOUNS = new Set(
  "participants people person students adults subjects volunteers patients children men women respondents mice rats workers users"
    .split(" ")
    .map(lemma),
);
/** Words between a number and what it counts: "20 more word pairs", "half of the nights". */
const SKIPPED = new Set("of the a an more less fewer than extra additional new different".split(" "));
const MULTIPLIERS: Record<string, number> = { thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

const QUANTITY = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%|per ?cent\b)?|\b([a-z]+)\b/giu;

/**
 * The quantities a sentence states, digits or number words: "20%", "20 percent" and "twenty percent" are all
 * { value: 20, kind: "percent" }; "48 university students" is a "sample" size; 1900-2099 otherwise is a "year".
 */
export function findNumbers(text: string): Quantity[] {
  const found: Quantity[] = [];
  const tokens = [...text.matchAll(QUANTITY)];
  let scaled = -1;
  tokens.forEach((m, i) => {
    if (i === scaled) return; // the "million" of "1.2 million", already applied
    let value: number;
    let percent = Boolean(m[2]);
    if (m[1]) value = Number(m[1].replace(/,/g, ""));
    else {
      const word = m[3]!.toLowerCase();
      if (!(word in NUMBER_WORDS)) return;
      // "one of the", "a third of": only a number when a noun or "percent" follows, not a pronoun use of "one".
      if (
        word === "one" &&
        !/^\s+(?:in|hour|night|day|week|month|year|percent)/i.test(text.slice(m.index + m[0].length))
      )
        return;
      value = NUMBER_WORDS[word]!;
    }
    const next = tokens
      .slice(i + 1, i + 4)
      .map((t) => (t[3] ?? "").toLowerCase())
      .filter((w) => !SKIPPED.has(w));
    const multiplier = MULTIPLIERS[next[0] ?? ""];
    if (multiplier && m[1]) {
      value *= multiplier;
      scaled = i + 1;
    }
    if (!percent && (next[0] === "percent" || (next[0] === "per" && next[1] === "cent"))) percent = true;
    const nouns = next.slice(0, 2).map(lemma);
    const kind = percent
      ? "percent"
      : nouns.some((n) => SAMPLE_NOUNS.has(n))
        ? "sample"
        : m[1] && /^(19|20)\d\d$/.test(m[1])
          ? "year"
          : (nouns[0] ?? "");
    found.push({ value, kind });
  });
  return found;
}
