import { describe, expect, it } from "vitest";
import { findTouchedRanges, mapLineRanges } from "./find-touched-ranges";

const script = (...texts: string[]) => ({
  segments: [{ title: "All", lines: texts.map((text) => ({ speaker: "Maya", text })) }],
});

describe("mapLineRanges", () => {
  const before = script("a", "b", "c", "d", "e", "f");

  it("follows kept lines past an insertion, a reworded line to its rewording, and drops deleted lines", () => {
    // "new" put in before b; c reworded to C; e deleted.
    const after = script("a", "new", "b", "C", "d", "f");
    expect(
      mapLineRanges(before, after, [
        { firstLine: 2, lastLine: 2 },
        { firstLine: 3, lastLine: 3 },
        { firstLine: 5, lastLine: 5 },
        { firstLine: 4, lastLine: 6 },
      ]),
    ).toEqual([{ firstLine: 3, lastLine: 3 }, { firstLine: 4, lastLine: 4 }, null, { firstLine: 5, lastLine: 6 }]);
  });

  it("says which ranges were touched, as before", () => {
    const after = script("a", "new", "b", "C", "d", "f");
    expect(
      findTouchedRanges(before, after, [
        { firstLine: 1, lastLine: 1 },
        { firstLine: 3, lastLine: 3 },
        { firstLine: 6, lastLine: 6 },
      ]),
    ).toEqual([true, true, false]);
  });

  it("stays fast on a 2,000-line script", () => {
    const long = Array.from({ length: 2_000 }, (_, n) => `line ${n}`);
    const edited = [...long.slice(0, 1_000), "inserted", ...long.slice(1_000)];
    const started = performance.now();
    expect(mapLineRanges(script(...long), script(...edited), [{ firstLine: 1_500, lastLine: 1_500 }])).toEqual([
      { firstLine: 1_501, lastLine: 1_501 },
    ]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
