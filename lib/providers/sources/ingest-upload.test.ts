import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildTestPdf } from "./build-test-pdf";
import { ingestUpload } from "./ingest-upload";
import { MAX_SOURCE_TEXT_BYTES, MAX_UPLOAD_BYTES } from "@/lib/domain/source-limits";
import { SourceError } from "./source-error";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const upload = (filename: string, data: string | Buffer) => ingestUpload({ filename, data: Buffer.from(data) });

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe("ingestUpload", () => {
  it("reads a plain-text file, normalising line endings, and hashes the text", async () => {
    const raw = "\uFEFFFirst line\r\nsecond line   \r\n\r\n\r\n\r\nLast.\r\n";
    const source = await upload("notes.txt", raw);
    expect(source).toEqual({
      kind: "TEXT",
      title: "notes",
      content: "First line\nsecond line\n\nLast.",
      byteSize: Buffer.byteLength(raw),
      contentHash: sha256("First line\nsecond line\n\nLast."),
    });
  });

  it("takes a Markdown file's first heading as its title", async () => {
    const source = await upload("draft.md", "Intro text\n\n# Solar power in 2030 #\n\nBody.");
    expect(source.kind).toBe("MARKDOWN");
    expect(source.title).toBe("Solar power in 2030");
  });

  it("extracts the text and title of a real PDF", async () => {
    const pdf = buildTestPdf(
      [["Battery storage doubled in 2024.", "Costs fell (again) by 20%."], ["Grid operators expect more."]],
      "Storage Report",
    );
    const source = await upload("report.pdf", pdf);
    expect(source.kind).toBe("PDF");
    expect(source.title).toBe("Storage Report");
    expect(source.content).toBe(
      "Battery storage doubled in 2024.\nCosts fell (again) by 20%.\n\nGrid operators expect more.",
    );
    expect(source.byteSize).toBe(pdf.length);
    expect(source.contentHash).toBe(sha256(source.content));
  });

  it("falls back to the file name when a PDF has no title", async () => {
    const source = await upload("uploads/field-notes.PDF", buildTestPdf([["Some words."]]));
    expect(source.title).toBe("field-notes");
  });

  it("refuses a file named .pdf that is not a PDF", async () => {
    const error = await rejection(upload("report.pdf", "just some text"));
    expect(error.message).toBe("report.pdf is not a PDF file.");
    expect(error.reason).toBe("wrong_type");
    expect(error.status).toBe(422);
  });

  it("refuses a PDF renamed to .txt", async () => {
    const error = await rejection(upload("notes.txt", buildTestPdf([["x"]])));
    expect(error.message).toMatch(/notes\.txt is a PDF file, not plain text/);
  });

  it("refuses binary content in a text file: invalid UTF-8 or NUL bytes", async () => {
    expect((await rejection(upload("notes.txt", Buffer.from([0x68, 0x69, 0xff, 0xfe])))).message).toMatch(
      /not UTF-8 text/,
    );
    expect((await rejection(upload("notes.md", "abc\0def"))).message).toMatch(/binary data/);
  });

  it("refuses a damaged PDF", async () => {
    const error = await rejection(upload("broken.pdf", "%PDF-1.4\nthis is not a real pdf body"));
    expect(error.reason).toBe("unreadable");
    expect(error.message).toMatch(/broken\.pdf could not be read as a PDF/);
  });

  it("refuses a PDF with no text layer", async () => {
    const error = await rejection(upload("scan.pdf", buildTestPdf([[]])));
    expect(error.reason).toBe("no_text");
    expect(error.message).toMatch(/scanned image/);
  });

  it("refuses files over the size limit before reading them", async () => {
    const error = await rejection(upload("notes.txt", Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x61)));
    expect(error.message).toBe("notes.txt is larger than 10 MB. Upload a smaller file or split it.");
    expect(error.reason).toBe("too_large");
  });

  it("refuses more than 512 KB of extracted text", async () => {
    const error = await rejection(upload("long.txt", "word ".repeat(MAX_SOURCE_TEXT_BYTES / 5 + 10)));
    expect(error.reason).toBe("too_much_text");
    expect(error.message).toMatch(/long\.txt has more than 512 KB of text/);
  });

  it("refuses unsupported and empty files", async () => {
    expect((await rejection(upload("slides.docx", "PK..."))).reason).toBe("unsupported_type");
    expect((await rejection(upload("README", "text"))).reason).toBe("unsupported_type");
    expect((await rejection(upload("empty.txt", "  \n\n "))).message).toBe("empty.txt has no text in it.");
  });
});
