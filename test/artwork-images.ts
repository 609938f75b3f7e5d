import sharp from "sharp";

const square = (width: number, height = width) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } });

/** Real images made by sharp for the artwork tests: each one a case the checks must tell apart by its bytes. */
export async function artworkImages() {
  return {
    jpeg1400: await square(1400).jpeg().toBuffer(),
    png1600: await square(1600).png().toBuffer(),
    tooSmall: await square(1000).jpeg().toBuffer(),
    notSquare: await square(1400, 1500).png().toBuffer(),
    cmyk: await square(1400).toColourspace("cmyk").jpeg().toBuffer(),
    text: Buffer.from("Not an image at all, whatever its name says.\n"),
  };
}
export type ArtworkImages = Awaited<ReturnType<typeof artworkImages>>;
