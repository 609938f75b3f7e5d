import { withPublicRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { appProviders } from "@/lib/providers/app-providers";
import { serveStoredFile } from "@/lib/http/serve-stored-file";
import { findPublishedFile } from "@/lib/publishing/find-published-file";

/**
 * A published episode's public file (enclosure, transcripts, chapters), without sign-in: HEAD, Range, ETag and
 * caching for podcast apps (a release's URL never changes its bytes). An unknown, unpublished or unlisted file is one and the same 404, so it tells nothing.
 */
async function serve(req: Request, params: Params) {
  const { storage } = await appProviders();
  const found = await findPublishedFile(db, storage, params.id, params.release, params.file);
  if (!found) throw new NotFoundError("That file");
  return serveStoredFile(req, storage, { ...found, public: true, cacheControl: "public, max-age=3600" });
}

type Params = { id: string; release: string; file: string };
export const GET = withPublicRoute<Params>(serve);
export const HEAD = withPublicRoute<Params>(serve);
