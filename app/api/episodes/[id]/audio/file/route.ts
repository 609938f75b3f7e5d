import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { findCurrentMaster } from "@/lib/episodes/get-episode-audio";
import { getEpisodeTitle } from "@/lib/episodes/get-episode-title";
import { appProviders } from "@/lib/providers/app-providers";
import { StorageRangeError } from "@/lib/providers/storage/storage-errors";
import {
  entityTag,
  ifNoneMatchMatches,
  ifRangeMatches,
  notModifiedResponseInit,
  parseRange,
  rangeResponseInit,
  toWebStream,
  unsatisfiableResponseInit,
} from "@/lib/http/serve-range";

/**
 * The episode's current master MP3, streamed from storage with HTTP Range support (206 / 416), so the player can
 * start at once and seek without downloading the whole file. Any signed-in user may listen (episodes are visible
 * to every role).
 */
export const GET = withRoute<{ id: string }>("PRODUCER", async ({ req, params }) => {
  const master = await findCurrentMaster(db, params.id);
  if (!master) {
    const title = await getEpisodeTitle(db, params.id);
    throw new NotFoundError(title === null ? "That episode" : "The episode's audio");
  }
  const etag = entityTag(master.id, master.byteSize);
  const rep = { size: master.byteSize, contentType: master.mimeType, etag };
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), etag)) {
    const init = notModifiedResponseInit(rep);
    return new Response(null, init);
  }

  const asked = ifRangeMatches(req.headers.get("if-range"), etag)
    ? parseRange(req.headers.get("range"), master.byteSize)
    : ({ kind: "full" } as const);
  if (asked.kind === "unsatisfiable") return new Response(null, unsatisfiableResponseInit(rep));

  const { storage } = await appProviders();
  try {
    const object = await storage.get(master.storageKey, asked.kind === "partial" ? asked.range : undefined);
    const served = { ...rep, size: object.size, contentType: master.mimeType || object.contentType };
    return new Response(toWebStream(object.body), rangeResponseInit(served, object.range));
  } catch (error) {
    // The stored file is shorter than the row says: report its real size.
    if (error instanceof StorageRangeError)
      return new Response(null, unsatisfiableResponseInit({ ...rep, size: error.size }));
    throw error;
  }
});
