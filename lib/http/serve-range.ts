import { Readable } from "node:stream";
import type { ByteRange } from "@/lib/domain/byte-range";
import { EXACT_LENGTH_HEADER } from "./exact-length";

/**
 * HTTP byte ranges (RFC 9110 §14) for serving a stored file: which bytes a request gets, and the status and headers
 * of the answer. Pure apart from `toWebStream`; the route handler does the I/O.
 */

/** What a request's `Range` header asks of an object of a known size. */
export type RangeRequest =
  /** No Range header, one we ignore (not bytes, several ranges, malformed, or an If-Range that no longer matches). */
  | { kind: "full" }
  | { kind: "partial"; range: ByteRange }
  /** Syntactically fine but outside the object: 416 with `Content-Range: bytes *\/size`. */
  | { kind: "unsatisfiable" };

const SPEC = /^(\d*)-(\d*)$/;

/**
 * Reads `bytes=a-b`, `bytes=a-` and `bytes=-n` against `size`. A header we cannot or choose not to honour is ignored
 * (a 200 with the whole file is always a valid answer); several ranges are ignored too rather than answered with
 * multipart/byteranges, which media players never ask for.
 */
export function parseRange(header: string | null | undefined, size: number): RangeRequest {
  if (!header) return { kind: "full" };
  const match = /^\s*bytes\s*=\s*(.+?)\s*$/i.exec(header);
  if (!match) return { kind: "full" };
  const specs = match[1]!
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (specs.length !== 1) return { kind: "full" };
  const spec = SPEC.exec(specs[0]!);
  if (!spec) return { kind: "full" };
  const [, first, last] = spec as unknown as [string, string, string];
  if (first === "" && last === "") return { kind: "full" };
  if (first === "") {
    // Suffix: the last n bytes (all of them when n is larger than the file).
    const n = Number(last);
    if (!Number.isSafeInteger(n)) return { kind: "full" };
    if (n === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - n), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return { kind: "full" };
  if (last !== "" && end < start) return { kind: "full" }; // an invalid range-spec: the header is ignored
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", range: { start, end: Math.min(end, size - 1) } };
}

/** A strong entity tag for a stored object, cheap to compute: it changes whenever the object is replaced. */
export function entityTag(id: string, size: number): string {
  return `"${id.replace(/[^\w.-]/g, "")}-${size}"`;
}

/**
 * Whether a Range header still applies under `If-Range`: only when the validator is our current strong ETag (a date,
 * a weak tag or another tag means the client's copy is stale, so it gets the whole file).
 */
export function ifRangeMatches(ifRange: string | null | undefined, etag: string): boolean {
  if (!ifRange) return true;
  return ifRange.trim() === etag;
}

/** Whether `If-None-Match` names our ETag (weak comparison, as the spec asks for this header), or is `*`. */
export function ifNoneMatchMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export interface RangeResponseInit {
  status: 200 | 206 | 304 | 416;
  headers: Record<string, string>;
}

interface Representation {
  size: number;
  contentType: string;
  etag?: string;
  /** Cache-Control; private by default, since the file is only for signed-in users. */
  cacheControl?: string;
  /** Served to anyone (a published episode's file): shared caches may keep it whatever the cookies. */
  public?: boolean;
  /** Content-Disposition, for a download. */
  disposition?: string;
}

function baseHeaders(rep: Representation): Record<string, string> {
  return {
    "Accept-Ranges": "bytes",
    "Cache-Control": rep.cacheControl ?? "private, no-cache",
    ...(rep.etag ? { ETag: rep.etag } : {}),
    ...(rep.disposition ? { "Content-Disposition": rep.disposition } : {}),
    // The request's cookies decide what a private file serves, so shared caches must not mix users' answers.
    ...(rep.public ? {} : { Vary: "Cookie" }),
  };
}

/** Content-Length, and the same for the web server to restore after Next drops it (lib/http/exact-length.ts). */
const exactLength = (bytes: number) => ({ "Content-Length": String(bytes), [EXACT_LENGTH_HEADER]: String(bytes) });

/** Status and headers of a body of the whole object (no range) or of `range` of it. */
export function rangeResponseInit(rep: Representation, range?: ByteRange): RangeResponseInit {
  const headers = { ...baseHeaders(rep), "Content-Type": rep.contentType };
  if (!range) return { status: 200, headers: { ...headers, ...exactLength(rep.size) } };
  return {
    status: 206,
    headers: {
      ...headers,
      ...exactLength(range.end - range.start + 1),
      "Content-Range": `bytes ${range.start}-${range.end}/${rep.size}`,
    },
  };
}

/** 416 Range Not Satisfiable, naming the object's size as the spec asks. */
export function unsatisfiableResponseInit(rep: Representation): RangeResponseInit {
  return {
    status: 416,
    headers: { ...baseHeaders(rep), "Content-Range": `bytes */${rep.size}`, "Content-Length": "0" },
  };
}

/** 304 Not Modified for a client that already holds this version. */
export function notModifiedResponseInit(rep: Representation): RangeResponseInit {
  return { status: 304, headers: baseHeaders(rep) };
}

/** A Node stream as a web stream for a Response body: read as the client reads, never buffered whole; a cancelled
 * response (the player seeked elsewhere) destroys the file stream. */
export function toWebStream(body: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>;
}
