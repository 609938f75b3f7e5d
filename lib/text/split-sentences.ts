export interface Sentence {
  /** Offsets into the text that was split: text.slice(start, end) === sentence.text. */
  start: number;
  end: number;
  text: string;
  /** A Markdown heading or a bare title line: a label, not a statement. */
  heading: boolean;
}

interface Block {
  start: number;
  end: number;
  heading: boolean;
}

const BLOCK_MARKER = /^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)/;
const HEADING = /^[ \t]*#{1,6}[ \t]/;
const TABLE_ROW = /^[ \t]*\|/;
/** A period after these is not a sentence end ("Dr. Walker", "et al. found", "J. Smith"). */
const ABBREVIATION =
  /(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sr|Jr|St|vs|etc|al|Fig|No|approx|Inc|Ltd|Co|e\.g|i\.e|U\.S|U\.K)|\b[A-Z])\.$/;
const END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

/**
 * Markdown/text blocks: paragraphs end at blank lines, and list items, quotes and headings start their own block.
 * Hard-wrapped lines inside a paragraph stay together so a sentence may span lines. Table rows are not prose.
 */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const line of text.matchAll(/[^\n]*(?:\n|$)/g)) {
    const raw = line[0].replace(/\r?\n$/, "");
    if (line[0] === "" && line.index >= text.length) break;
    if (raw.trim() === "" || TABLE_ROW.test(raw)) {
      close();
      continue;
    }
    const marker = BLOCK_MARKER.exec(raw)?.[0] ?? "";
    if (marker) close();
    const start = line.index + marker.length;
    const end = line.index + raw.length;
    if (current) current.end = end;
    else current = { start, end, heading: HEADING.test(raw) };
    if (current.heading) close();
  }
  close();
  return blocks;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Sentences with exact offsets, from prose or Markdown. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocksOf(text)) {
    const body = text.slice(block.start, block.end);
    const spans: { start: number; end: number }[] = [];
    let from = 0;
    for (const m of body.matchAll(END)) {
      const end = m.index + m[0].length;
      const next = body.slice(end).trimStart()[0];
      const boundary = next === undefined || /[\p{Lu}\p{N}"'“‘(\[]/u.test(next);
      if (!boundary || ABBREVIATION.test(body.slice(from, m.index + 1))) continue;
      spans.push({ start: from, end });
      from = end;
    }
    if (from < body.length) spans.push({ start: from, end: body.length });
    const untitled =
      spans.length === 1 && !/[.!?]["'”’)\]]*$/.test(body.trim()) && body.trim().split(/\s+/).length < 12;
    for (const span of spans) {
      const { start, end } = trimmed(text, block.start + span.start, block.start + span.end);
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), heading: block.heading || untitled });
    }
  }
  return sentences;
}
