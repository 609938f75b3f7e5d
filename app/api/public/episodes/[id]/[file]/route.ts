import { withPublicRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { appProviders } from "@/lib/providers/app-providers";
import { serveStoredFile } from "@/lib/http/serve-stored-file";
import { findPublishedFile } from "@/lib/publishing/find-published-file";

/**
 * A published episode's public file (enclosure, transcripts, chapters), without sign-in: HEAD, Range, ETag and
 * caching for podcast apps. An unknown, unpublished or unlisted file is one and the same 404, so it tells nothing.
 */
async function serve(req: Request, params: { id: string; file: string }) {
  const { storage } = await appProviders();
  const found = await findPublishedFile(db, storage, params.id, params.file);
  if (!found) throw new NotFoundError("That file");
  return serveStoredFile(req, storage, { ...found, public: true, cacheControl: "public, max-age=3600" });
}

export const GET = withPublicRoute<{ id: string; file: string }>(serve);
export const HEAD = withPublicRoute<{ id: string; file: string }>(serve);
