import { getDocumentProxy, getMeta } from "unpdf";
import { normalizeText } from "./finish-source";
import { MAX_SOURCE_TEXT_BYTES } from "@/lib/domain/source-limits";
import { SourceError } from "./source-error";

export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

/**
 * The text layer of a PDF, pages separated by a blank line, and the document's own title when it has one.
 * Pages are read one at a time (unpdf's extractText reads them all at once) and reading stops once the text passes
 * `maxTextBytes`, counted as finishSource counts it: more than that is refused or cut anyway, and a 10 MB PDF read
 * whole needs more memory than the web server is given.
 */
export async function extractPdfText(
  bytes: Uint8Array,
  name: string,
  maxTextBytes = MAX_SOURCE_TEXT_BYTES,
): Promise<{ title: string | undefined; text: string }> {
  // PDF.js may take ownership of the buffer it is given, so it gets a copy. Eval off: fonts must not run code.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 }).catch(
    (error: unknown) => {
      const locked = error instanceof Error && error.name === "PasswordException";
      throw new SourceError(
        locked
          ? `${name} is password-protected. Remove the password and upload it again.`
          : `${name} could not be read as a PDF; it may be damaged.`,
        "unreadable",
      );
    },
  );
  try {
    const pages: string[] = [];
    // The normalised size of the pages so far: finishSource normalises the joined text, which is the same as
    // joining the non-empty normalised pages with a blank line.
    let size = -2;
    for (let n = 1; n <= doc.numPages && size <= maxTextBytes; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
      page.cleanup();
      pages.push(text);
      const normalized = normalizeText(text);
      if (normalized) size += Buffer.byteLength(normalized, "utf8") + 2;
    }
    const meta = await getMeta(doc).catch(() => null);
    const title = meta?.info?.Title;
    return { title: typeof title === "string" ? title : undefined, text: pages.join("\n\n") };
  } catch {
    throw new SourceError(`${name} could not be read as a PDF; it may be damaged.`, "unreadable");
  } finally {
    await doc.destroy();
  }
}
