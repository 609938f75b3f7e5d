import { numberToWords } from "@/lib/text/wer";

const TENS = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
const UNITS = /^(?:one|two|three|four|five|six|seven|eight|nine)$/;
const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const IRREGULAR_ORDINALS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** Written-English cardinal: "forty-two", "one thousand two hundred". */
export function cardinal(n: number): string {
  const words = numberToWords(n);
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev && TENS.test(prev) && UNITS.test(w)) out[out.length - 1] = `${prev}-${w}`;
    else out.push(w);
  }
  return out.join(" ");
}

/** "twenty-one" -> "twenty-first": only the last word changes. */
export function ordinal(n: number): string {
  const words = cardinal(n);
  return words.replace(
    /[a-z]+$/,
    (w) => IRREGULAR_ORDINALS[w] ?? (w.endsWith("y") ? `${w.slice(0, -1)}ieth` : `${w}th`),
  );
}

/** Years in pairs: 1998 "nineteen ninety-eight", 1905 "nineteen oh five", 1900 "nineteen hundred"; 2000-2009 cardinal. */
export function year(n: number): string {
  if (n >= 2000 && n < 2010) return cardinal(n);
  const [high, low] = [Math.floor(n / 100), n % 100];
  if (low === 0) return `${cardinal(high)} hundred`;
  return `${cardinal(high)} ${low < 10 ? `oh ${cardinal(low)}` : cardinal(low)}`;
}

/** "3.14" -> "three point one four"; digits with thousands commas are read as one number. */
export function decimal(digits: string): string {
  const [whole = "0", fraction] = digits.replace(/,/g, "").split(".");
  const head = cardinal(Number(whole));
  return fraction
    ? `${head} point ${fraction
        .split("")
        .map((d) => DIGITS[Number(d)])
        .join(" ")}`
    : head;
}
