import { z } from "zod";
import { INT4_MAX } from "./bounded-input";

export const LINE_COMMENT_MAX = 1_000;
/** Open comments a version may hold: past that a rejection's guidance drowns the writer, and rewriting is quicker. */
export const OPEN_LINE_COMMENTS_MAX = 50;

const lineNumber = z
  .number()
  .int("A line number is a whole number.")
  .min(1, "Lines are numbered from 1.")
  .max(INT4_MAX);

/** A comment on a line or a range of lines, numbered across the whole script from 1 as the read view numbers them. */
export const lineGuidanceSchema = z
  .object({
    firstLine: lineNumber,
    lastLine: lineNumber,
    text: z
      .string()
      .trim()
      .min(1, "Write what should change.")
      .max(LINE_COMMENT_MAX, `A comment is at most ${LINE_COMMENT_MAX} characters.`),
  })
  .refine((c) => c.lastLine >= c.firstLine, { message: "The range ends before it starts.", path: ["lastLine"] });

export type LineGuidance = z.infer<typeof lineGuidanceSchema>;

/** Where global line `n` (from 1) sits: its segment and its index there; null past the end. */
export function locateLine(segments: readonly { lines: readonly unknown[] }[], n: number) {
  let rest = n - 1;
  for (let segment = 0; segment < segments.length; segment++) {
    const count = segments[segment]!.lines.length;
    if (rest < count) return { segment, index: rest };
    rest -= count;
  }
  return null;
}

export const countLines = (segments: readonly { lines: readonly unknown[] }[]) =>
  segments.reduce((n, s) => n + s.lines.length, 0);
