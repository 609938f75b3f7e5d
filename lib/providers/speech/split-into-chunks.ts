/**
 * Splits text into pieces of at most `maxChars`, at sentence ends where possible, then at clause punctuation, then
 * at spaces; only a single word longer than the limit is cut mid-word.
 */
export function splitIntoChunks(text: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces(text.trim(), maxChars)) {
    if (current && current.length + 1 + piece.length > maxChars) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current} ${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}

const BOUNDARIES = [/(?<=[.!?…]["'”’)]?)\s+/, /(?<=[,;:—])\s+/, /\s+/];

/** Units no longer than maxChars, split at the coarsest boundary that makes them fit. */
function pieces(text: string, maxChars: number, level = 0): string[] {
  if (text.length <= maxChars) return text ? [text] : [];
  const boundary = BOUNDARIES[level];
  if (!boundary) return text.match(new RegExp(`.{1,${maxChars}}`, "gs")) ?? [];
  return text.split(boundary).flatMap((part) => pieces(part, maxChars, level + 1));
}
