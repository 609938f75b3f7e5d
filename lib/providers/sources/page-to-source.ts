import { charsetOf, decodeWithCharset } from "./decode-text";
import { extractHtmlText } from "./extract-html-text";
import { extractPdfText, isPdf } from "./extract-pdf-text";
import { finishSource } from "./finish-source";
import { SourceError } from "./source-error";
import type { FetchedPage } from "./types";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** A page without a title is named by its host and last path segment. */
function nameOf(url: URL) {
  const last = url.pathname.split("/").filter(Boolean).pop() ?? "";
  let readable = last;
  try {
    readable = decodeURIComponent(last);
  } catch {
    // malformed percent-encoding: keep the segment as it was written
  }
  return readable ? `${url.hostname}: ${readable}` : url.hostname;
}

/** Text of a fetched response, chosen by its Content-Type (and, for PDFs served as anything, by its magic bytes). */
export async function pageToSource(url: URL, contentType: string, body: Buffer): Promise<FetchedPage> {
  const mime = contentType.split(";")[0]!.trim().toLowerCase();
  const name = url.toString();
  let draft: { kind: "URL"; title: string; text: string; byteSize: number };

  if (mime === "application/pdf" || isPdf(body)) {
    const pdf = await extractPdfText(body, name);
    draft = { kind: "URL", title: pdf.title ?? nameOf(url), text: pdf.text, byteSize: body.length };
  } else if (HTML_TYPES.has(mime)) {
    const declared =
      charsetOf(contentType) ??
      /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString("latin1"))?.[1];
    const html = extractHtmlText(decodeWithCharset(body, declared));
    draft = { kind: "URL", title: html.title ?? nameOf(url), text: html.text, byteSize: body.length };
  } else if (mime.startsWith("text/") || (!mime && !body.includes(0))) {
    draft = {
      kind: "URL",
      title: nameOf(url),
      text: decodeWithCharset(body, charsetOf(contentType)),
      byteSize: body.length,
    };
  } else {
    throw new SourceError(
      `${name} is ${mime}, which Showrunner cannot read: link to a web page, a PDF or a text file.`,
      "unsupported_type",
    );
  }

  const { source, truncated } = finishSource(draft, name, "truncate");
  return { ...source, kind: "URL", url: name, contentType: mime || "text/plain", truncated };
}
