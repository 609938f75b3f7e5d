import { SourceError } from "./source-error";

/**
 * Strict UTF-8 for uploads: a file that is not valid UTF-8, or that holds NUL bytes, is binary whatever its
 * extension says, and indexing it would fill the library with noise.
 */
export function decodeUtf8Text(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SourceError(
      `${name} is not a plain-text file: it is not UTF-8 text. Save it as UTF-8 text, or upload a PDF.`,
      "wrong_type",
    );
  }
  if (text.includes("\0")) {
    throw new SourceError(`${name} is not a plain-text file: it contains binary data.`, "wrong_type");
  }
  return text;
}

/** Web pages say their charset; an unknown label falls back to UTF-8 rather than failing the fetch. */
export function decodeWithCharset(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}
