import { z } from "zod";
import { withPublicRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { artworkFileNameSchema } from "@/lib/domain/artwork-rules";
import { NotFoundError } from "@/lib/domain/errors";
import { appProviders } from "@/lib/providers/app-providers";
import { findPublicShowArtwork } from "@/lib/publishing/find-artwork";
import { serveArtwork } from "@/lib/publishing/serve-artwork";

const paramsSchema = z.object({
  slug: z
    .string()
    .max(60)
    .regex(/^[a-z0-9-]+$/),
  file: artworkFileNameSchema,
});

/** A show's current artwork, without sign-in (the feed's itunes:image); a replaced image's name is 404. */
export const GET = withPublicRoute<{ slug: string; file: string }>(async (req, params) => {
  const checked = paramsSchema.safeParse(params);
  if (!checked.success) throw new NotFoundError("That image");
  const { storage } = await appProviders();
  const artwork = await findPublicShowArtwork(db, checked.data.slug, checked.data.file);
  return serveArtwork(req, storage, artwork, { public: true });
});
