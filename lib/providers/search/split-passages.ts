export interface Passage {
  /** Offsets into the source content: text === content.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export const PASSAGE_MIN_CHARS = 120;
export const PASSAGE_MAX_CHARS = 1200;

interface Span {
  start: number;
  end: number;
}

/** Sentence ends inside a long paragraph, else whitespace, else a hard cut: pieces of at most `max` characters. */
function splitLong(content: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = content.slice(start, start + max);
    const sentence = [...window.matchAll(/[.!?]["')\]]?\s+/g)].pop();
    const space = window.lastIndexOf(" ");
    const cut =
      sentence && sentence.index > max / 3
        ? sentence.index + sentence[0].trimEnd().length
        : space > max / 3
          ? space
          : max;
    pieces.push({ start, end: start + cut });
    start += cut;
    while (/\s/.test(content[start] ?? "")) start++;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * Splits a source into passages a script can quote: paragraphs (blank-line separated), long ones cut at sentence
 * ends, short ones (headings, one-liners) joined to the paragraph after them so no passage is a bare heading.
 */
export function splitPassages(content: string, min = PASSAGE_MIN_CHARS, max = PASSAGE_MAX_CHARS): Passage[] {
  const paragraphs = [...content.matchAll(/\S(?:[\s\S]*?\S)?(?=\s*\n[ \t]*\n|\s*$)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const pieces = paragraphs.flatMap((p) => splitLong(content, p, max));

  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.end - last.start < min && piece.end - last.start <= max) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged.map(({ start, end }) => ({ start, end, text: content.slice(start, end) }));
}
