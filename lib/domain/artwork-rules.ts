import { z } from "zod";
import { formatBytes } from "./source-limits";

/** Apple Podcasts' artwork rules: a square RGB JPEG or PNG of 1400 to 3000 px a side. */
export const ARTWORK_MIN_PX = 1400;
export const ARTWORK_MAX_PX = 3000;
/** Largest artwork upload read: far above what a 3000 px JPEG or PNG of artwork needs. */
export const ARTWORK_MAX_BYTES = 10 * 1024 * 1024;

export const ARTWORK_MIME_TYPES = { jpeg: "image/jpeg", png: "image/png" } as const;
export type ArtworkMimeType = (typeof ARTWORK_MIME_TYPES)[keyof typeof ARTWORK_MIME_TYPES];

/** What an image's bytes say about it (sharp's metadata: format, pixel size, colour space); null: not an image. */
export interface ImageFacts {
  format?: string;
  width?: number;
  height?: number;
  space?: string;
}

export const NOT_AN_IMAGE = "This file is not a JPEG or PNG image. Upload the artwork as a .jpg or .png file.";
export const TOO_MANY_BYTES = `The file is larger than ${formatBytes(ARTWORK_MAX_BYTES)}. Save the artwork as a smaller JPEG or PNG.`;

// Colour spaces of an RGB image as libvips names them (8-bit, 16-bit PNG, linear).
const RGB_SPACES = new Set(["srgb", "rgb", "rgb16", "scrgb"]);
const GREY_SPACES = new Set(["b-w", "grey16"]);

/** The artwork's MIME type, from the format its bytes show (never its name or declared type); null when refused. */
export function artworkMimeType(facts: ImageFacts | null): ArtworkMimeType | null {
  const format = facts?.format;
  return format === "jpeg" || format === "png" ? ARTWORK_MIME_TYPES[format] : null;
}

/** Why this image cannot be a podcast's artwork, each said so the editor knows what to change; empty when it can. */
export function artworkProblems(facts: ImageFacts | null): string[] {
  if (!facts?.format || !facts.width || !facts.height) return [NOT_AN_IMAGE];
  if (!artworkMimeType(facts))
    return [`This file is a ${facts.format.toUpperCase()} image, not a JPEG or PNG. Export it as JPEG or PNG.`];

  const { width, height, space } = facts;
  const size = `The image is ${width} × ${height} px`;
  const problems: string[] = [];
  if (width !== height) problems.push(`${size}: artwork must be square. Crop it to the same width and height.`);
  if (Math.min(width, height) < ARTWORK_MIN_PX)
    problems.push(`${size}: artwork must be at least ${ARTWORK_MIN_PX} × ${ARTWORK_MIN_PX} px. Upload a larger image.`);
  if (Math.max(width, height) > ARTWORK_MAX_PX)
    problems.push(`${size}: artwork must be at most ${ARTWORK_MAX_PX} × ${ARTWORK_MAX_PX} px. Scale it down.`);
  if (space === "cmyk")
    problems.push("The image is in CMYK colour, which podcast apps do not show reliably: convert it to RGB.");
  else if (space && GREY_SPACES.has(space))
    problems.push("The image is greyscale; podcast apps need RGB colour: convert it to RGB.");
  else if (space && !RGB_SPACES.has(space))
    problems.push(`The image's colour space is ${space.toUpperCase()}; podcast apps need RGB: convert it to RGB.`);
  return problems;
}

/** The file name an artwork URL ends with (its storage key's last part: artwork-<ms>.jpg|png). */
export const artworkFileNameSchema = z
  .string()
  .max(40)
  .regex(/^artwork-\d{1,16}\.(?:jpg|png)$/);
