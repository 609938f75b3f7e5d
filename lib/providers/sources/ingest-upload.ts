import { decodeUtf8Text } from "./decode-text";
import { extractPdfText, isPdf } from "./extract-pdf-text";
import { finishSource } from "./finish-source";
import { formatBytes, MAX_UPLOAD_BYTES } from "@/lib/domain/source-limits";
import { SourceError } from "./source-error";
import type { ExtractedSource } from "./types";

const KIND_BY_EXTENSION = {
  txt: "TEXT",
  text: "TEXT",
  md: "MARKDOWN",
  markdown: "MARKDOWN",
  pdf: "PDF",
} as const;

const baseName = (filename: string) => filename.replace(/\.[^.]*$/, "");

/** A Markdown file's first top-level heading is its title. */
const markdownTitle = (text: string) => /^#[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1];

/**
 * Turns an uploaded file into a source's text. The extension says what the producer meant; the bytes must agree
 * (a PDF starts with `%PDF-`, text is UTF-8 without NULs), so a renamed binary is refused with a clear message.
 */
export async function ingestUpload(upload: { filename: string; data: Uint8Array }): Promise<ExtractedSource> {
  const name = upload.filename.split(/[\\/]/).pop() || "The file";
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  const kind = KIND_BY_EXTENSION[extension as keyof typeof KIND_BY_EXTENSION];
  if (!kind) {
    throw new SourceError(
      `${name} is not a file type Showrunner reads: upload a .txt, .md or .pdf file.`,
      "unsupported_type",
    );
  }
  if (upload.data.byteLength > MAX_UPLOAD_BYTES) {
    throw new SourceError(
      `${name} is larger than ${formatBytes(MAX_UPLOAD_BYTES)}. Upload a smaller file or split it.`,
      "too_large",
    );
  }

  const byteSize = upload.data.byteLength;
  if (kind === "PDF") {
    if (!isPdf(upload.data)) throw new SourceError(`${name} is not a PDF file.`, "wrong_type");
    const pdf = await extractPdfText(upload.data, name);
    return finishSource({ kind, title: pdf.title ?? baseName(name), text: pdf.text, byteSize }, name, "reject").source;
  }
  if (isPdf(upload.data)) {
    throw new SourceError(
      `${name} is a PDF file, not ${kind === "MARKDOWN" ? "Markdown" : "plain text"}: rename it to .pdf.`,
      "wrong_type",
    );
  }
  const text = decodeUtf8Text(upload.data, name);
  const title = (kind === "MARKDOWN" && markdownTitle(text)) || baseName(name);
  return finishSource({ kind, title, text, byteSize }, name, "reject").source;
}
