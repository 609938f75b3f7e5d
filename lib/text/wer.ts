// Word error rate between a script and a transcript, on normalised words.

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
  [100, "hundred"],
];
const IRREGULAR_ORDINALS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** Cardinal words for a whole number, as a speech engine reads it ("one hundred twenty three"). */
export function numberToWords(n: number): string[] {
  if (n < 20) return [ONES[n]!];
  if (n < 100) return [TENS[Math.floor(n / 10)]!, ...(n % 10 ? [ONES[n % 10]!] : [])];
  for (const [scale, name] of SCALES) {
    if (n >= scale) {
      const rest = n % scale;
      return [...numberToWords(Math.floor(n / scale)), name, ...(rest ? numberToWords(rest) : [])];
    }
  }
  return [];
}

/** Years are read in pairs: 1984 "nineteen eighty four", 1905 "nineteen oh five"; 2000-2009 stay cardinal. */
function yearToWords(year: number): string[] {
  const [high, low] = [Math.floor(year / 100), year % 100];
  if (low === 0) return [...numberToWords(high), "hundred"];
  return [...numberToWords(high), ...(low < 10 ? ["oh", ONES[low]!] : numberToWords(low))];
}

function ordinal(word: string): string {
  if (IRREGULAR_ORDINALS[word]) return IRREGULAR_ORDINALS[word]!;
  return word.endsWith("y") ? `${word.slice(0, -1)}ieth` : `${word}th`;
}

function spellNumber(digits: string, suffix: string): string {
  const [whole, fraction] = digits.replace(/,/g, "").split(".");
  const n = Number(whole);
  if (!Number.isSafeInteger(n)) return digits.split("").join(" ");
  const isYear =
    !fraction && !suffix && !digits.includes(",") && whole!.length === 4 && ((n >= 1100 && n < 2000) || n >= 2010);
  const words = isYear ? yearToWords(n) : numberToWords(n);
  if (/^(st|nd|rd|th)$/.test(suffix)) words.push(ordinal(words.pop()!));
  if (fraction) words.push("point", ...fraction.split("").map((d) => ONES[Number(d)]!));
  return ` ${words.join(" ")} `;
}

/**
 * Lower-case words with punctuation removed and simple numbers spelled out (integers, decimals, ordinals, years,
 * percentages), the way a recogniser writes what a speech engine said.
 */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?\b/g, (_, digits: string, suffix = "") => spellNumber(digits, suffix))
    .replace(/[^a-z0-9']+/g, " ")
    .split(" ")
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

export interface WordErrorRate {
  /** (substitutions + deletions + insertions) / reference words; can exceed 1. */
  wer: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceWords: number;
}

/** One row of the alignment: each cell's cost and the edit counts of the path that reached it. */
function alignmentRow(length: number) {
  return {
    cost: new Int32Array(length),
    subs: new Int32Array(length),
    dels: new Int32Array(length),
    ins: new Int32Array(length),
  };
}

/**
 * Levenshtein alignment of normalised words, two typed rows at a time so an hour-long episode fits in memory and
 * time. An empty reference scores 0 against an empty hypothesis, else 1.
 */
export function wordErrorRate(reference: string, hypothesis: string): WordErrorRate {
  const ids = new Map<string, number>();
  const encode = (words: string[]) => Int32Array.from(words, (w) => ids.get(w) ?? ids.set(w, ids.size).size - 1);
  const ref = encode(normalizeWords(reference));
  const hyp = encode(normalizeWords(hypothesis));
  const m = hyp.length + 1;
  let prev = alignmentRow(m);
  let row = alignmentRow(m);
  for (let j = 0; j < m; j++) prev.cost[j] = prev.ins[j] = j;

  for (let i = 1; i <= ref.length; i++) {
    row.cost[0] = row.dels[0] = i;
    row.subs[0] = row.ins[0] = 0;
    for (let j = 1; j < m; j++) {
      const miss = ref[i - 1] === hyp[j - 1] ? 0 : 1;
      const diagonal = prev.cost[j - 1]! + miss;
      const up = prev.cost[j]! + 1;
      const left = row.cost[j - 1]! + 1;
      // Ties prefer a match or substitution, then a deletion.
      const [from, k] = diagonal <= Math.min(up, left) ? [prev, j - 1] : up <= left ? [prev, j] : [row, j - 1];
      row.cost[j] = Math.min(diagonal, up, left);
      row.subs[j] = from.subs[k]! + (from === prev && k === j - 1 ? miss : 0);
      row.dels[j] = from.dels[k]! + (from === prev && k === j ? 1 : 0);
      row.ins[j] = from.ins[k]! + (from === row ? 1 : 0);
    }
    [prev, row] = [row, prev];
  }
  const end = m - 1;
  const errors = prev.cost[end]!;
  const wer = ref.length ? errors / ref.length : hyp.length ? 1 : 0;
  return {
    wer,
    substitutions: prev.subs[end]!,
    deletions: prev.dels[end]!,
    insertions: prev.ins[end]!,
    referenceWords: ref.length,
  };
}
