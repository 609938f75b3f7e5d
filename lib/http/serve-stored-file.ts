import type { AudioStorage } from "@/lib/providers/storage/types";
import { StorageRangeError } from "@/lib/providers/storage/storage-errors";
import {
  ifNoneMatchMatches,
  ifRangeMatches,
  notModifiedResponseInit,
  parseRange,
  rangeResponseInit,
  toWebStream,
  unsatisfiableResponseInit,
} from "./serve-range";

export interface StoredFile {
  key: string;
  size: number;
  contentType: string;
  etag: string;
  cacheControl?: string;
  public?: boolean;
  disposition?: string;
}

/**
 * A stored file as an HTTP response: 304 for a client holding this version, Range (206 / 416, If-Range) for players
 * that seek, streamed from storage (never buffered whole); HEAD gets the same headers without a body.
 */
export async function serveStoredFile(req: Request, storage: AudioStorage, file: StoredFile): Promise<Response> {
  const rep = {
    size: file.size,
    contentType: file.contentType,
    etag: file.etag,
    cacheControl: file.cacheControl,
    public: file.public,
    disposition: file.disposition,
  };
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), file.etag))
    return new Response(null, notModifiedResponseInit(rep));

  const asked = ifRangeMatches(req.headers.get("if-range"), file.etag)
    ? parseRange(req.headers.get("range"), file.size)
    : ({ kind: "full" } as const);
  if (asked.kind === "unsatisfiable") return new Response(null, unsatisfiableResponseInit(rep));
  const range = asked.kind === "partial" ? asked.range : undefined;

  if (req.method === "HEAD") return new Response(null, rangeResponseInit(rep, range));
  try {
    const object = await storage.get(file.key, range);
    const served = { ...rep, size: object.size, contentType: file.contentType || object.contentType };
    return new Response(toWebStream(object.body), rangeResponseInit(served, object.range));
  } catch (error) {
    // The stored file is shorter than the row says: report its real size.
    if (error instanceof StorageRangeError)
      return new Response(null, unsatisfiableResponseInit({ ...rep, size: error.size }));
    throw error;
  }
}
