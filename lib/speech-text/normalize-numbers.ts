import { cardinal, decimal, ordinal, year } from "./number-words";
import { rewrite, type SpeechChange } from "./rewrite";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const CURRENCIES: Record<string, { one: string; many: string; cent: string; cents: string }> = {
  $: { one: "dollar", many: "dollars", cent: "cent", cents: "cents" },
  "€": { one: "euro", many: "euros", cent: "cent", cents: "cents" },
  "£": { one: "pound", many: "pounds", cent: "penny", cents: "pence" },
};
/** A number is not part of a word, code or larger number on either side ("COVID-19", "A4", "v2.1"). */
const LEFT = String.raw`(?<![\p{L}\p{N}_.,\-/])`;
const RIGHT = String.raw`(?![\p{L}\p{N}_]|[.,]\d)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Words before a four-digit number that make it a year ("in 1998", "since 2010"). */
const YEAR_CUE =
  /\b(?:in|since|by|from|until|till|to|through|during|of|circa|around|before|after|between|year|early|late|mid|the|and)\s+$/i;

/** A year said back on its own, as a question or an exclamation ("1924? That long ago?"): nothing else it could count. */
const ECHOED_YEAR = { before: /(?:^|[.!?:]\s+)$/, after: /^[?!]/ };

/**
 * A four-digit number read as a year when a year cue precedes it, or when it is echoed on its own; null leaves it to
 * be read as a number.
 */
function yearAt(digits: string, before: string, after = ""): string | null {
  const n = Number(digits);
  if (!/^\d{4}$/.test(digits) || n < 1100 || n > 2099) return null;
  const echoed = ECHOED_YEAR.before.test(before) && ECHOED_YEAR.after.test(after);
  return YEAR_CUE.test(before) || echoed ? year(n) : null;
}

function money(symbol: string, amount: string, scale: string | undefined): string {
  const unit = CURRENCIES[symbol]!;
  if (scale) return `${decimal(amount)} ${scale.toLowerCase()} ${unit.many}`;
  const [whole = "0", fraction = ""] = amount.replace(/,/g, "").split(".");
  const main = Number(whole);
  const minor = fraction ? Number(fraction.padEnd(2, "0").slice(0, 2)) : 0;
  const mainWords = `${cardinal(main)} ${main === 1 ? unit.one : unit.many}`;
  const minorWords = `${cardinal(minor)} ${minor === 1 ? unit.cent : unit.cents}`;
  if (minor === 0) return mainWords;
  return main === 0 ? minorWords : `${mainWords} and ${minorWords}`;
}

/**
 * Numbers as a host says them. Order matters: dates and money first (they contain digits that would otherwise be
 * read one by one), then percentages and ranges, ordinals, and finally every remaining number.
 */
export function normalizeNumbers(text: string, changes: SpeechChange[]): string {
  let t = rewrite(text, new RegExp(`${LEFT}(\\d{4})-(\\d{2})-(\\d{2})${RIGHT}`, "gu"), "date", changes, (m) => {
    const month = MONTHS[Number(m[2]) - 1];
    const day = Number(m[3]);
    return month && day >= 1 && day <= 31 ? `${month} ${ordinal(day)}, ${year(Number(m[1]))}` : null;
  });
  t = rewrite(
    t,
    new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?${RIGHT}`, "gu"),
    "date",
    changes,
    (m) => `${m[1]} ${ordinal(Number(m[2]))}${m[3] ? `, ${year(Number(m[3]))}` : ""}`,
  );
  t = rewrite(
    t,
    new RegExp(`([$€£])(${NUMBER})(?:\\s?(million|billion|thousand|[MBK])\\b)?`, "gu"),
    "currency",
    changes,
    (m) => {
      const scale = m[3] && ({ M: "million", B: "billion", K: "thousand" }[m[3]] ?? m[3]);
      return money(m[1]!, m[2]!, scale);
    },
  );
  t = rewrite(t, new RegExp(`${LEFT}(${NUMBER})\\s?[-–](${NUMBER})(\\s?%)?${RIGHT}`, "gu"), "range", changes, (m) => {
    // "1990-1995" is a span of years only when its start is read as a year.
    const startYear = yearAt(m[1]!, t.slice(0, m.index));
    const end = (startYear && yearAt(m[2]!, "to ")) ?? decimal(m[2]!);
    return `${startYear ?? decimal(m[1]!)} to ${end}${m[3] ? " percent" : ""}`;
  });
  t = rewrite(t, new RegExp(`${LEFT}(${NUMBER})\\s?%`, "gu"), "percent", changes, (m) => `${decimal(m[1]!)} percent`);
  t = rewrite(t, new RegExp(`${LEFT}(\\d+)(?:st|nd|rd|th)\\b`, "gu"), "ordinal", changes, (m) => ordinal(Number(m[1])));
  t = rewrite(t, new RegExp(`${LEFT}(\\d{4})${RIGHT}`, "gu"), "year", changes, (m) =>
    yearAt(m[1]!, t.slice(0, m.index), t.slice(m.index + m[0].length)),
  );
  return rewrite(t, new RegExp(`${LEFT}(${NUMBER})${RIGHT}`, "gu"), "number", changes, (m) => decimal(m[1]!));
}
