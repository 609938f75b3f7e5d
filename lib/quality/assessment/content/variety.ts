import { lemma } from "@/lib/text/lemma";
import { isDiscourseWord, type LineTerms } from "./line-terms";

/** The same frame with other words in its slots: a shape or an opening of four words said before. */
const OPENING = 4;
const MIN_SHAPE = 4;
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|next|last)$/;

/** A line with its subject words and numbers blanked: what is left is how it is phrased. */
function shapeOf(line: LineTerms): string[] {
  const shape: string[] = [];
  for (const w of line.text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) {
    const l = lemma(w);
    const slot = /\d/.test(w) || ORDINAL.test(w) ? "#" : line.grounded.has(l) && !isDiscourseWord(l) ? "_" : w;
    if (slot === "_" && shape[shape.length - 1] === "_") continue;
    shape.push(slot);
  }
  return shape;
}

/** Lines phrased from a template another line already used. */
export function measureVariety(lines: readonly LineTerms[]) {
  const shapes = new Set<string>();
  const openings = new Set<string>();
  let templatedLines = 0;
  for (const line of lines) {
    const shape = shapeOf(line);
    const whole = shape.join(" ");
    const opening = shape.slice(0, OPENING).join(" ");
    const repeated =
      (shape.length >= MIN_SHAPE && shapes.has(whole)) || (shape.length >= OPENING && openings.has(opening));
    if (repeated) templatedLines++;
    shapes.add(whole);
    if (shape.length >= OPENING) openings.add(opening);
  }
  return { lines: lines.length, templatedLines };
}
