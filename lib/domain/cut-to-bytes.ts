/**
 * The longest start of `text` within `maxBytes` of UTF-8, never ending inside a character: limits such as Apple's
 * 4000 bytes count bytes, and a cut multibyte character would make the XML around it invalid.
 */
export function cutToBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  // A sequence cut short decodes to one U+FFFD at the end; drop it.
  return new TextDecoder("utf-8").decode(bytes.subarray(0, Math.max(0, maxBytes))).replace(/\uFFFD$/, "");
}
