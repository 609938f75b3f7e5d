import type { ScriptLine } from "@/lib/domain/script-lines";
import { phrasePattern } from "@/lib/text/phrases";
import type { BrandDimension, BrandViolation } from "./types";

/** Every occurrence of any of the phrases, as violations located in their lines. */
export function locatePhrases(
  lines: readonly ScriptLine[],
  phrases: readonly string[],
  rule: string,
  dimension: BrandDimension,
): BrandViolation[] {
  const found: BrandViolation[] = [];
  for (const phrase of phrases.filter((p) => p.trim())) {
    const pattern = phrasePattern(phrase);
    for (const l of lines) {
      for (const m of l.text.matchAll(pattern)) {
        found.push({
          line: l.line,
          segment: l.segment,
          start: m.index,
          end: m.index + m[0].length,
          rule,
          text: m[0],
          dimension,
        });
      }
    }
  }
  return found.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** A violation that spans a whole line (or points at its start when `empty`). */
export function atLine(
  l: ScriptLine,
  rule: string,
  dimension: BrandDimension,
  text: string,
  empty = false,
): BrandViolation {
  return { line: l.line, segment: l.segment, start: 0, end: empty ? 0 : l.text.length, rule, text, dimension };
}

/** A violation of the script as a whole: no line to point at. */
export function unplaced(rule: string, dimension: BrandDimension, text: string): BrandViolation {
  return { line: 0, segment: -1, start: 0, end: 0, rule, text, dimension };
}

/** Clamped to 0-10 and rounded to one decimal, as every dimension is reported. */
export function toScore(value: number): number {
  return Math.round(Math.min(10, Math.max(0, value)) * 10) / 10;
}
