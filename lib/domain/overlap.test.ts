import { describe, expect, it } from "vitest";
import { maxOverlap } from "./overlap";

describe("maxOverlap", () => {
  it("counts intervals open at the same instant", () => {
    expect(maxOverlap([])).toBe(0);
    expect(
      maxOverlap([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 7, end: 8 },
      ]),
    ).toBe(3);
    expect(
      maxOverlap([
        { start: 0, end: 5 },
        { start: 5, end: 10 },
      ]),
    ).toBe(1);
  });
});
