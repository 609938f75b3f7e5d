import { describe, expect, it } from "vitest";
import { artworkMimeType, artworkProblems, NOT_AN_IMAGE } from "./artwork-rules";

const rgb = (format: string, width: number, height = width) => ({ format, width, height, space: "srgb" });

describe("artworkProblems", () => {
  it("accepts a square RGB JPEG or PNG of 1400 to 3000 px", () => {
    for (const facts of [rgb("jpeg", 1400), rgb("png", 3000), { ...rgb("png", 2048), space: "rgb16" }]) {
      expect(artworkProblems(facts)).toEqual([]);
    }
    expect(artworkMimeType(rgb("jpeg", 1400))).toBe("image/jpeg");
    expect(artworkMimeType(rgb("png", 1400))).toBe("image/png");
  });

  it("refuses what is not an image, or another kind of image, by what its bytes say", () => {
    expect(artworkProblems(null)).toEqual([NOT_AN_IMAGE]);
    expect(artworkProblems({ format: "jpeg" })).toEqual([NOT_AN_IMAGE]);
    expect(artworkProblems(rgb("webp", 1400))).toEqual([
      "This file is a WEBP image, not a JPEG or PNG. Export it as JPEG or PNG.",
    ]);
    expect(artworkMimeType(rgb("gif", 1400))).toBeNull();
  });

  it("says what is wrong with the size, each problem on its own", () => {
    expect(artworkProblems(rgb("jpeg", 1000))).toEqual([
      "The image is 1000 × 1000 px: artwork must be at least 1400 × 1400 px. Upload a larger image.",
    ]);
    expect(artworkProblems(rgb("jpeg", 3001))).toEqual([
      "The image is 3001 × 3001 px: artwork must be at most 3000 × 3000 px. Scale it down.",
    ]);
    expect(artworkProblems(rgb("png", 1400, 1500))).toEqual([
      "The image is 1400 × 1500 px: artwork must be square. Crop it to the same width and height.",
    ]);
    expect(artworkProblems(rgb("png", 1200, 1000))).toHaveLength(2);
  });

  it("asks for RGB colour instead of CMYK, greyscale or another space", () => {
    expect(artworkProblems({ ...rgb("jpeg", 1400), space: "cmyk" })).toEqual([
      "The image is in CMYK colour, which podcast apps do not show reliably: convert it to RGB.",
    ]);
    expect(artworkProblems({ ...rgb("png", 1400), space: "b-w" })[0]).toMatch(/greyscale.*convert it to RGB/);
    expect(artworkProblems({ ...rgb("jpeg", 1400), space: "lab" })[0]).toMatch(/LAB.*convert it to RGB/);
  });
});
