import { NextResponse } from "next/server";
import { withRoute } from "@/lib/api/with-route";
import { db } from "@/lib/db";
import { ARTWORK_MAX_BYTES, artworkFileNameSchema, TOO_MANY_BYTES } from "@/lib/domain/artwork-rules";
import { NotFoundError } from "@/lib/domain/errors";
import { readUploadedFile, uploadBodyLimit } from "@/lib/http/read-uploaded-file";
import { appProviders } from "@/lib/providers/app-providers";
import type { ArtworkOwner } from "@/lib/publishing/artwork-owner";
import { describeEpisodeArtwork, describeShowArtwork } from "@/lib/publishing/describe-artwork";
import { findOwnArtwork } from "@/lib/publishing/find-artwork";
import { artworkFileName } from "@/lib/publishing/public-urls";
import { removeArtwork, saveArtwork } from "@/lib/publishing/save-artwork";
import { serveArtwork } from "@/lib/publishing/serve-artwork";

/**
 * The studio's artwork routes of a show or an episode (the same for both): GET describes the artwork (an episode's
 * also its show's, which it falls back to), PUT uploads a new image (multipart, field `file`), DELETE removes it.
 */
export function artworkRoutes(kind: ArtworkOwner["kind"]) {
  const owner = (id: string): ArtworkOwner => ({ kind, id });
  const describe = (id: string) => (kind === "show" ? describeShowArtwork(db, id) : describeEpisodeArtwork(db, id));
  return {
    GET: withRoute<{ id: string }>("PRODUCER", async ({ params }) => NextResponse.json(await describe(params.id))),
    PUT: withRoute<{ id: string }>(
      "EDITOR",
      async ({ req, params, user }) => {
        const file = await readUploadedFile(req, ARTWORK_MAX_BYTES, TOO_MANY_BYTES);
        const { storage } = await appProviders();
        await saveArtwork(db, storage, owner(params.id), file.bytes, user);
        return NextResponse.json(await describe(params.id));
      },
      { maxBodyBytes: uploadBodyLimit(ARTWORK_MAX_BYTES), tooLargeMessage: TOO_MANY_BYTES, bodyType: "multipart" },
    ),
    DELETE: withRoute<{ id: string }>("EDITOR", async ({ params, user }) => {
      const { storage } = await appProviders();
      await removeArtwork(db, storage, owner(params.id), user);
      return NextResponse.json(await describe(params.id));
    }),
  };
}

/** The image itself, for the studio's preview: only the current artwork's file name answers. */
export function artworkImageRoute(kind: ArtworkOwner["kind"]) {
  return withRoute<{ id: string; file: string }>("PRODUCER", async ({ req, params }) => {
    if (!artworkFileNameSchema.safeParse(params.file).success) throw new NotFoundError("That image");
    const artwork = await findOwnArtwork(db, { kind, id: params.id });
    const { storage } = await appProviders();
    const current = artwork && artworkFileName(artwork.key) === params.file ? artwork : null;
    return serveArtwork(req, storage, current, { public: false });
  });
}
