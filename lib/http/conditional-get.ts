import { createHash } from "node:crypto";
import { ifNoneMatchMatches } from "./serve-range";

/** A strong entity tag for a generated body: its hash, so the same bytes always get the same tag. */
export function contentTag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether the client's copy is current (answer 304): by If-None-Match when it is sent, else by If-Modified-Since
 * at the one-second precision of HTTP dates (RFC 9110 §13.2.2).
 */
export function isNotModified(headers: Headers, validators: { etag: string; lastModified: Date }): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch) return ifNoneMatchMatches(ifNoneMatch, validators.etag);
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(validators.lastModified.getTime() / 1000) * 1000 <= since;
}
