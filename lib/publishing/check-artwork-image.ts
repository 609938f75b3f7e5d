import sharp from "sharp";
import {
  ARTWORK_MAX_BYTES,
  artworkMimeType,
  artworkProblems,
  TOO_MANY_BYTES,
  type ArtworkMimeType,
  type ImageFacts,
} from "@/lib/domain/artwork-rules";
import { DomainError } from "@/lib/domain/errors";
import { PayloadTooLargeError } from "@/lib/http/read-body";

/** The upload cannot be a podcast's artwork; the message lists every reason, each saying what to change. */
export class ArtworkRefusedError extends DomainError {
  constructor(readonly problems: string[]) {
    super(problems.join(" "), 422, "artwork_refused");
  }
}

async function imageFacts(bytes: Uint8Array): Promise<ImageFacts | null> {
  try {
    const { format, width, height, space } = await sharp(bytes).metadata();
    return { format, width, height, space };
  } catch {
    return null; // sharp knows no image format in these bytes
  }
}

/**
 * Checks an uploaded image by its bytes alone (never its name or declared type): a square RGB JPEG or PNG of
 * 1400–3000 px that decodes to the end. Only the header is read until the rules pass, so a huge or hostile image is
 * refused before any pixel is decoded.
 */
export async function checkArtworkImage(bytes: Uint8Array): Promise<{ mimeType: ArtworkMimeType; width: number }> {
  if (bytes.byteLength > ARTWORK_MAX_BYTES) throw new PayloadTooLargeError(ARTWORK_MAX_BYTES, TOO_MANY_BYTES);
  const facts = await imageFacts(bytes);
  const problems = artworkProblems(facts);
  const mimeType = artworkMimeType(facts);
  if (problems.length > 0 || !mimeType || !facts?.width) throw new ArtworkRefusedError(problems);
  try {
    await sharp(bytes, { failOn: "truncated" }).stats();
  } catch {
    throw new ArtworkRefusedError(["The image is damaged: it cannot be read to the end. Export it again."]);
  }
  return { mimeType, width: facts.width };
}
