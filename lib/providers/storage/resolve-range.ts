import type { ByteRange } from "@/lib/domain/byte-range";

/**
 * The bytes of an object of `size` a range request gets, HTTP-style: the end is clamped to the last byte; a start
 * at or past the end (or a reversed or negative range) gets nothing, which the caller reports as 416.
 */
export function resolveRange(range: ByteRange, size: number): ByteRange | null {
  const valid =
    Number.isSafeInteger(range.start) &&
    Number.isSafeInteger(range.end) &&
    range.start >= 0 &&
    range.end >= range.start;
  if (!valid || range.start >= size) return null;
  return { start: range.start, end: Math.min(range.end, size - 1) };
}
