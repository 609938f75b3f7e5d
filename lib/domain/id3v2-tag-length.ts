/** Bytes of one ID3v2 tag at `at` (header, frames and any v2.4 footer); 0 when no valid tag header starts there. */
function tagLengthAt(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 10) return 0;
  const isId3 = bytes[at] === 0x49 && bytes[at + 1] === 0x44 && bytes[at + 2] === 0x33; // "ID3"
  const version = bytes[at + 3] ?? 0;
  const sizeBytes = bytes.subarray(at + 6, at + 10);
  // The size is "syncsafe": 7 bits a byte, so a byte with its high bit set means this is not a tag header.
  if (!isId3 || version < 2 || version > 4 || bytes[at + 4] === 0xff || sizeBytes.some((b) => b >= 0x80)) return 0;
  const size = sizeBytes.reduce((sum, b) => sum * 128 + b, 0);
  const hasFooter = version === 4 && ((bytes[at + 5] ?? 0) & 0x10) !== 0;
  return 10 + size + (hasFooter ? 10 : 0);
}

/**
 * How many bytes of ID3v2 tags lead an MP3 (several may follow one another): the audio frames start after them.
 * A tag claiming more bytes than the file has ends the count at the file's end.
 */
export function leadingId3v2Length(bytes: Uint8Array): number {
  let at = 0;
  for (let length = tagLengthAt(bytes, at); length > 0; length = tagLengthAt(bytes, at)) {
    at = Math.min(bytes.length, at + length);
  }
  return at;
}
