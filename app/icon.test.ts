import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Next's App Router serves app/icon.svg as the favicon and links it from every page's <head>.
describe("app/icon.svg", () => {
  it("is a square SVG mark in the brand colour", () => {
    const svg = readFileSync(path.join(import.meta.dirname, "icon.svg"), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32"/);
    expect(svg).toContain('fill="#1f57d1"');
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });
});
