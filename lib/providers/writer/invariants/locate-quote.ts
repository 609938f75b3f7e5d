import type { Passage } from "@/lib/domain/research";

/**
 * Where a quote sits in its source: the first passage of `sourceId` that contains it verbatim, as offsets into the
 * source's full content (passage.start + index). Null when no passage of that source contains it: a fabricated or
 * paraphrased quote.
 */
export function locateQuote(
  quote: string,
  sourceId: string,
  passages: readonly Passage[],
): { start: number; end: number } | null {
  if (!quote) return null;
  for (const passage of passages) {
    if (passage.sourceId !== sourceId) continue;
    const at = passage.text.indexOf(quote);
    if (at >= 0) return { start: passage.start + at, end: passage.start + at + quote.length };
  }
  return null;
}
