import { withPublicRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { artworkFileNameSchema } from "@/lib/domain/artwork-rules";
import { NotFoundError } from "@/lib/domain/errors";
import { appProviders } from "@/lib/providers/app-providers";
import { findPublicEpisodeArtwork } from "@/lib/publishing/find-artwork";
import { serveArtwork } from "@/lib/publishing/serve-artwork";

/** A published episode's own artwork, without sign-in; 404 before publishing, after unpublishing, or once replaced. */
export const GET = withPublicRoute<{ id: string; file: string }>(async (req, params) => {
  if (!artworkFileNameSchema.safeParse(params.file).success) throw new NotFoundError("That image");
  const { storage } = await appProviders();
  const artwork = await findPublicEpisodeArtwork(db, params.id, params.file);
  return serveArtwork(req, storage, artwork, { public: true });
});
