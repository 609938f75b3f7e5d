import { NotFoundError } from "@/lib/domain/errors";
import { entityTag } from "@/lib/http/serve-range";
import { serveStoredFile } from "@/lib/http/serve-stored-file";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { StoredArtwork } from "./find-artwork";

// A replaced image gets a new key and so a new URL: each URL's bytes never change, so clients may keep them a day.
const PUBLIC_CACHE = "public, max-age=86400";
const STUDIO_CACHE = "private, max-age=86400";

/** An artwork image as an HTTP response (304, HEAD, Range as for every stored file); 404 when it is not stored. */
export async function serveArtwork(
  req: Request,
  storage: AudioStorage,
  artwork: StoredArtwork | null,
  options: { public: boolean },
): Promise<Response> {
  const object = artwork ? await storage.stat(artwork.key) : null;
  if (!artwork || !object) throw new NotFoundError("That image");
  return serveStoredFile(req, storage, {
    key: artwork.key,
    size: object.size,
    contentType: artwork.mimeType,
    etag: entityTag(artwork.key.replaceAll("/", "."), object.size),
    cacheControl: options.public ? PUBLIC_CACHE : STUDIO_CACHE,
    public: options.public,
  });
}
