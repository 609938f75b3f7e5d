import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { SourceError } from "./source-error";

export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

/** The text layer of a PDF, pages separated by a blank line, and the document's own title when it has one. */
export async function extractPdfText(bytes: Uint8Array, name: string): Promise<{ title: string | undefined; text: string }> {
  // PDF.js may take ownership of the buffer it is given, so it gets a copy. Eval off: fonts must not run code.
  const doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 }).catch((error: unknown) => {
    const locked = error instanceof Error && error.name === "PasswordException";
    throw new SourceError(
      locked
        ? `${name} is password-protected. Remove the password and upload it again.`
        : `${name} could not be read as a PDF; it may be damaged.`,
      "unreadable",
    );
  });
  try {
    const [{ text }, meta] = await Promise.all([extractText(doc, { mergePages: false }), getMeta(doc).catch(() => null)]);
    const title = meta?.info?.Title;
    return { title: typeof title === "string" ? title : undefined, text: text.join("\n\n") };
  } catch {
    throw new SourceError(`${name} could not be read as a PDF; it may be damaged.`, "unreadable");
  } finally {
    await doc.destroy();
  }
}
