import { contentTag } from "./conditional-get";
import {
  ifNoneMatchMatches,
  ifRangeMatches,
  notModifiedResponseInit,
  parseRange,
  rangeResponseInit,
  unsatisfiableResponseInit,
} from "./serve-range";

export interface InMemoryFile {
  bytes: Uint8Array;
  contentType: string;
  disposition?: string;
}

/**
 * A file built for the request (a transcript, chapters, notes) as an HTTP response with the same rules as a stored
 * one (serve-stored-file.ts): 304 for a client holding these bytes, Range (206 / 416, If-Range), HEAD without a body.
 */
export function serveBytes(req: Request, file: InMemoryFile): Response {
  const etag = contentTag(file.bytes);
  const rep = { size: file.bytes.length, contentType: file.contentType, etag, disposition: file.disposition };
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), etag))
    return new Response(null, notModifiedResponseInit(rep));
  const asked = ifRangeMatches(req.headers.get("if-range"), etag)
    ? parseRange(req.headers.get("range"), file.bytes.length)
    : ({ kind: "full" } as const);
  if (asked.kind === "unsatisfiable") return new Response(null, unsatisfiableResponseInit(rep));
  const range = asked.kind === "partial" ? asked.range : undefined;
  const body = range ? file.bytes.subarray(range.start, range.end + 1) : file.bytes;
  return new Response(req.method === "HEAD" ? null : Buffer.from(body), rangeResponseInit(rep, range));
}
