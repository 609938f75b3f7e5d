import { NUMBER_WORDS, SAMPLE_NOUNS } from "@/lib/text/find-numbers";
import { contentWords } from "@/lib/text/content-words";
import { lemma } from "@/lib/text/lemma";

/**
 * A stated quantity as an interval: "seven to nine hours" is [7, 9] h, "less than six hours" (−∞, 6] h, "at
 * least 7" [7, ∞), "about 90 minutes" [81, 99] min. Durations are in seconds, so "an hour and a half" meets "90
 * minutes".
 */
export interface Measure {
  /** "percent", "duration", "year" (a calendar year), "sample" (who took part), another noun's lemma, or "". */
  kind: string;
  low: number;
  high: number;
  /** How the sentence said it, for a reason a person reads. */
  said: string;
  /** Content words just before the number in its clause: what is measured ("need", "recall"). */
  context: Set<string>;
  /** Its clause says what should be ("need", "should", "recommended"), not what was measured. */
  normative: boolean;
  /** A stated maximum ("up to 30 minutes"): another maximum of the same thing must name the same limit. */
  maximum: boolean;
  /**
   * The first number of a relative clause ("teenagers who used screens for half an hour"): it says which group, so
   * another figure is another group, not a contradiction.
   */
  defines: boolean;
  /** A year that names a study ("a 2007 imaging study"): two such years in sentences on one subject are one study's. */
  study: boolean;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|%|[a-z]+|[-–—]|[,;:.()]/giu;
const SECONDS_OF: Record<string, number> = {
  second: 1,
  sec: 1,
  minute: 60,
  min: 60,
  hour: 3600,
  hr: 3600,
  day: 86_400,
  night: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
  decade: 315_576_000,
};
/** Keyed by lemma, as the noun after a number is read ("minutes" → "minut"). */
const SECONDS = new Map(Object.entries(SECONDS_OF).map(([unit, s]) => [lemma(unit), s]));
/** "half of", "a third of": a share, said as words. */
const SHARES: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };
/** Words between a number and its noun; "to" too, as a range's joiner left without its second number ("ten to"). */
const SKIPPED = new Set(
  "of the a an more less fewer than extra additional new different or full whole entire to".split(" "),
);
const UPPER = ["less than", "fewer than", "under", "below", "at most", "no more than", "up to", "not more than"];
/** Bounds that state the most there is, not a threshold a group is defined by ("less than six hours"). */
const MAXIMA = ["up to", "at most", "no more than", "not more than"];
const LOWER = ["more than", "over", "above", "at least", "no less than", "not less than", "exceeding", "upwards of"];
const APPROX = ["about", "around", "roughly", "approximately", "nearly", "almost", "some", "close to"];
/** Approximate figures overlap within this share of their value. */
const APPROX_SHARE = 0.1;
const CLAUSE_END = /^[,;:.()]$/;
const SENTENCE_END = /^[.!?]$/;
const COMPARES = /^(?:than|less|more|fewer|short|under|over|beyond|below|above|exceeds?)$/;
const STUDY = /^(?:study|studies|trial|trials|survey|experiment|cohort|paper|review|analysis|report)$/;
const NORMATIVE = /^(?:need|needs|needed|should|ought|recommend\w*|advis\w*|guidelines?|ideal|optimal)$/;
/** Words of the bound and approximation phrases: they qualify the number, they do not say what is measured. */
const QUALIFIERS = new Set([...UPPER, ...LOWER, ...APPROX].flatMap((p) => p.split(" ")));

interface Token {
  text: string;
  lower: string;
}

/** The number at tokens[i] and how many tokens it takes: "1.2 million", "twenty-five", "one hundred". */
function numberAt(
  tokens: readonly Token[],
  i: number,
): { value: number; length: number; share?: boolean; ratio?: boolean } | null {
  // A sentence may end on the joiner of a range ("at ten to"): there is no number after it
  const t = tokens[i];
  if (!t) return null;
  let value: number;
  if (t.lower in SHARES) {
    // "half an hour", "a quarter of an hour": a fraction of the unit after it, not a share of a group
    const article = tokens[i + 1]?.lower === "of" ? i + 2 : i + 1;
    if (["a", "an"].includes(tokens[article]?.lower ?? "") && isTimeUnit(tokens[article + 1]))
      return { value: SHARES[t.lower]! / 100, length: article + 1 - i };
    // "a third of" is a share, and so is "cut by about a third"; "the third finding" is an ordinal, not a quantity
    const by = tokens
      .slice(Math.max(0, i - 4), i)
      .findLast((w) => !/^(?:a|an|about|roughly|around|nearly|almost)$/.test(w.lower));
    return tokens[i + 1]?.lower === "of" || by?.lower === "by"
      ? { value: SHARES[t.lower]!, length: 1, share: true }
      : null;
  }
  // "twice as likely": a ratio, as "four times as likely" is
  if (t.lower === "twice" && tokens[i + 1]?.lower === "as") return { value: 2, length: 1, ratio: true };
  if (/^\d/.test(t.text)) value = Number(t.text.replace(/,/g, ""));
  else if (t.lower in NUMBER_WORDS && !(t.lower in SCALE) && !["twice", "double", "triple"].includes(t.lower)) {
    if (
      t.lower === "one" &&
      !/^(?:in|hour|night|day|week|month|year|percent|minute|and|or)$/.test(tokens[i + 1]?.lower ?? "")
    )
      return null;
    value = NUMBER_WORDS[t.lower]!;
  } else return null;
  let length = 1;
  // "twenty-five" / "twenty five"
  const unitAt = (j: number) => {
    const w = tokens[j]?.lower ?? "";
    return w in NUMBER_WORDS && NUMBER_WORDS[w]! >= 1 && NUMBER_WORDS[w]! <= 9 && Number.isInteger(NUMBER_WORDS[w]);
  };
  if (value >= 20 && value <= 90 && value % 10 === 0 && !/^\d/.test(t.text)) {
    if (tokens[i + 1]?.text === "-" && unitAt(i + 2)) {
      value += NUMBER_WORDS[tokens[i + 2]!.lower]!;
      length = 3;
    } else if (unitAt(i + 1)) {
      value += NUMBER_WORDS[tokens[i + 1]!.lower]!;
      length = 2;
    }
  }
  const scale = SCALE[tokens[i + length]?.lower ?? ""];
  if (scale) {
    value *= scale;
    length++;
  }
  // "an hour and a half", "eight and a half hours"
  if (
    tokens[i + length]?.lower === "and" &&
    tokens[i + length + 1]?.lower === "a" &&
    tokens[i + length + 2]?.lower === "half"
  ) {
    value += 0.5;
    length += 3;
  }
  return { value, length };
}

function endsWith(words: readonly string[], phrase: string): boolean {
  const p = phrase.split(" ");
  return p.length <= words.length && p.every((w, k) => words[words.length - p.length + k] === w);
}

/** The quantities a sentence states, each as an interval of one kind. */
export function readMeasures(text: string): Measure[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase() }));
  const found: Measure[] = [];
  let lastEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    // "an hour", "a minute": one unit with no number
    const first = numberAt(tokens, i) ?? articleUnit(tokens, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let low = first.value;
    let high = first.value;
    let j = i + first.length;
    // A range: "seven to nine", "7-9", "between 7 and 9"
    const before = tokens.slice(Math.max(0, start - 4), start).map((t) => t.lower);
    const joiner = tokens[j]?.lower ?? "";
    // "one or two nights" too
    if (["to", "-", "–", "—", "or"].includes(joiner) || (joiner === "and" && before.at(-1) === "between")) {
      const second = numberAt(tokens, j + 1);
      if (second && second.value > first.value) {
        high = second.value;
        j += 1 + second.length;
      }
    }
    let percent = tokens[j]?.text === "%" || Boolean(first.share);
    if (tokens[j]?.text === "%" || (first.share && tokens[j]?.lower === "of")) j++;
    const next = tokens
      .slice(j, j + 4)
      .map((t) => t.lower)
      .filter((w) => !SKIPPED.has(w) && !CLAUSE_END.test(w) && !/^[-–—]$/.test(w));
    if (!percent && (next[0] === "percent" || (next[0] === "per" && next[1] === "cent"))) percent = true;
    const noun = lemma(next[0] ?? "");
    let kind: string;
    let factor = 1;
    if (percent) kind = "percent";
    else if ("ratio" in first && first.ratio) kind = "time";
    else if (SECONDS.has(noun) && !/^\d{4}$/.test(tokens[start]!.text)) {
      kind = "duration";
      factor = SECONDS.get(noun)!;
    } else if (/^(1[5-9]|20)\d\d$/.test(tokens[start]!.text) && low === high && !SAMPLE_NOUNS.has(noun))
      kind = "year"; // "in 1924 that students…" is a year; "1924 students" would be a count
    else if (next.slice(0, 2).some((w) => SAMPLE_NOUNS.has(lemma(w)))) kind = "sample";
    else kind = /^[a-z]+$/.test(noun) && !(noun in NUMBER_WORDS) ? noun : "";
    // "an hour and a half"
    const unitAt = tokens.findIndex((t, k) => k >= j && t.lower === next[0]);
    let end = j;
    if (kind !== "percent" && kind !== "year" && kind !== "" && unitAt >= 0) end = unitAt + 1;
    if (percent && tokens[j]?.lower === "percent") end = j + 1;
    if (
      factor > 1 &&
      tokens
        .slice(end, end + 3)
        .map((t) => t.lower)
        .join(" ") === "and a half"
    ) {
      low += 0.5;
      high += 0.5;
      end += 3;
    }
    low *= factor;
    high *= factor;

    if (UPPER.some((p) => endsWith(before, p))) low = -Infinity;
    else if (
      LOWER.some((p) => endsWith(before, p)) ||
      /^(?:or (?:more|longer|over)|plus)$/.test(next.slice(0, 2).join(" "))
    )
      high = Infinity;
    else if (APPROX.some((p) => endsWith(before, p))) {
      low -= Math.abs(low) * APPROX_SHARE;
      high += Math.abs(high) * APPROX_SHARE;
    }
    if (
      tokens
        .slice(j, j + 3)
        .some((t, k) => t.lower === "or" && ["more", "longer"].includes(tokens[j + k + 1]?.lower ?? ""))
    )
      high = Infinity;

    const clause: string[] = [];
    let normative = false;
    let defines = false;
    for (let k = start - 1; k >= 0; k--) {
      const w = tokens[k]!.lower;
      if (CLAUSE_END.test(w)) break;
      if (NORMATIVE.test(w)) normative = true;
      // only the first number after "who": "people who slept less than six hours were four times as likely"
      if (w === "who" && k >= lastEnd) defines = true;
      if (clause.length < 4 && !QUALIFIERS.has(w)) clause.unshift(w);
    }
    // "Seven to nine hours each night: that's how much sleep most adults need": a number that opens its sentence is
    // what the rest of the sentence says of it, unless the rest compares it with the need ("is less than most need").
    if (!normative && (start === 0 || SENTENCE_END.test(tokens[start - 1]!.text)))
      for (let k = j; k < tokens.length && !SENTENCE_END.test(tokens[k]!.text); k++) {
        if (COMPARES.test(tokens[k]!.lower)) break;
        if (NORMATIVE.test(tokens[k]!.lower)) normative = true;
      }
    const bound = UPPER.find((p) => endsWith(before, p)) ?? LOWER.find((p) => endsWith(before, p));
    const study = kind === "year" && next.slice(0, 3).some((w) => STUDY.test(w));
    found.push({
      kind,
      low,
      high,
      normative,
      maximum: MAXIMA.some((p) => endsWith(before, p)),
      study,
      defines,
      said:
        (bound ? `${bound} ` : "") +
        tokens
          .slice(start, end)
          .map((t) => t.text)
          .join(" ")
          .replace(/ (%|-) ?/g, "$1"),
      // a study's year is named by the study: "a 1997 brain-imaging study" and "a 2007 imaging study"
      context: contentWords([...clause, ...(study ? next.slice(0, 3) : [])].join(" ")),
    });
    i = Math.max(j, end);
    lastEnd = i;
  }
  return found;
}

const isTimeUnit = (t: Token | undefined) => SECONDS.has(lemma(t?.lower ?? ""));

/**
 * "an hour", "a minute": one unit with no number. "A day", "a week" are rates ("seven hours a day") unless a duration
 * is said ("kept awake for a week").
 */
function articleUnit(tokens: readonly Token[], i: number): { value: number; length: number; share?: boolean } | null {
  if (!["a", "an"].includes(tokens[i]?.lower ?? "")) return null;
  const unit = lemma(tokens[i + 1]?.lower ?? "");
  if (["hour", "minute", "second"].map(lemma).includes(unit)) return { value: 1, length: 1 };
  return isTimeUnit(tokens[i + 1]) && /^(?:for|within)$/.test(tokens[i - 1]?.lower ?? "")
    ? { value: 1, length: 1 }
    : null;
}

/** Whether two intervals share a point; two stated maxima only when they name about the same limit. */
export const overlaps = (a: Measure, b: Measure) =>
  a.maximum && b.maximum
    ? Math.abs(a.high - b.high) <= APPROX_SHARE * Math.max(Math.abs(a.high), Math.abs(b.high))
    : a.low <= b.high && b.low <= a.high;
