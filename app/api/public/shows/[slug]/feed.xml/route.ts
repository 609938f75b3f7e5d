import { z } from "zod";
import { withPublicRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/domain/errors";
import { contentTag, isNotModified } from "@/lib/http/conditional-get";
import { EXACT_LENGTH_HEADER } from "@/lib/http/exact-length";
import { loadFeed } from "@/lib/publishing/load-feed";

const slugSchema = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const noFeed = () => new DomainError("This show has no public feed yet.", 404, "not_found");

/**
 * The show's public RSS feed, for podcast apps (no sign-in). Apps poll it often, so it answers 304 to a client that
 * holds the current version (ETag = hash of the XML, Last-Modified = the latest change) and lets caches keep it
 * five minutes. A show without a public address has no feed.
 */
async function serveFeed(req: Request, params: { slug: string }): Promise<Response> {
  const slug = slugSchema.safeParse(params.slug);
  if (!slug.success) throw noFeed();
  const feed = await loadFeed(db, slug.data);
  if (!feed) throw noFeed();
  const etag = contentTag(feed.xml);
  const headers = {
    ETag: etag,
    "Last-Modified": feed.lastModified.toUTCString(),
    "Cache-Control": "public, max-age=300",
  };
  if (isNotModified(req.headers, { etag, lastModified: feed.lastModified }))
    return new Response(null, { status: 304, headers });
  const body = Buffer.from(feed.xml, "utf8");
  return new Response(req.method === "HEAD" ? null : body, {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": "application/rss+xml; charset=utf-8",
      "Content-Length": String(body.byteLength),
      [EXACT_LENGTH_HEADER]: String(body.byteLength),
    },
  });
}

export const GET = withPublicRoute<{ slug: string }>(serveFeed);
export const HEAD = withPublicRoute<{ slug: string }>(serveFeed);
