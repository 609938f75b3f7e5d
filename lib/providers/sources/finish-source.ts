import { createHash } from "node:crypto";
import { formatBytes, MAX_SOURCE_TEXT_BYTES } from "@/lib/domain/source-limits";
import { SourceError } from "./source-error";
import type { ExtractedSource } from "./types";

const MAX_TITLE_CHARS = 200;

export const hashContent = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Line endings unified, trailing spaces and runs of blank lines removed: passages and offsets stay stable. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Cuts at the last paragraph (else line, else character) boundary that fits, never inside a UTF-8 sequence. */
export function truncateText(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD$/, "");
  for (const boundary of ["\n\n", "\n"]) {
    const at = head.lastIndexOf(boundary);
    if (at > head.length / 2) return head.slice(0, at);
  }
  return head;
}

interface Draft {
  kind: ExtractedSource["kind"];
  title: string;
  text: string;
  byteSize: number;
}

/**
 * The checks every source passes whatever it came from: it has text, and not more than MAX_SOURCE_TEXT_BYTES of
 * it. Uploads are refused when too long (the producer can split the file); fetched pages are cut, since nobody
 * chose their length.
 */
export function finishSource(draft: Draft, name: string, overflow: "reject" | "truncate") {
  let content = normalizeText(draft.text);
  if (!content) {
    throw new SourceError(
      draft.kind === "PDF"
        ? `${name} has no text to read. It may be a scanned image; upload a PDF with selectable text, or paste the text.`
        : `${name} has no text in it.`,
      "no_text",
    );
  }
  const tooLong = Buffer.byteLength(content, "utf8") > MAX_SOURCE_TEXT_BYTES;
  if (tooLong && overflow === "reject") {
    throw new SourceError(
      `${name} has more than ${formatBytes(MAX_SOURCE_TEXT_BYTES)} of text. Split it into smaller files.`,
      "too_much_text",
    );
  }
  if (tooLong) content = truncateText(content, MAX_SOURCE_TEXT_BYTES);
  const source: ExtractedSource = {
    kind: draft.kind,
    title: (draft.title.replace(/\s+/g, " ").trim() || name).slice(0, MAX_TITLE_CHARS),
    content,
    byteSize: draft.byteSize,
    contentHash: hashContent(content),
  };
  return { source, truncated: tooLong };
}
