import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/domain/errors";
import { findCurrentMaster } from "@/lib/episodes/get-episode-audio";
import { getEpisodeTitle } from "@/lib/episodes/get-episode-title";
import { appProviders } from "@/lib/providers/app-providers";
import { entityTag } from "@/lib/http/serve-range";
import { serveStoredFile } from "@/lib/http/serve-stored-file";

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
  const { storage } = await appProviders();
  return serveStoredFile(req, storage, {
    key: master.storageKey,
    size: master.byteSize,
    contentType: master.mimeType,
    etag: entityTag(master.id, master.byteSize),
  });
});
