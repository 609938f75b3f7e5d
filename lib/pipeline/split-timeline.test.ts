import { describe, expect, it } from "vitest";
import { splitTimeline } from "./split-timeline";

const line = (n: number, start: number, end: number) => ({
  segment: 0,
  line: n,
  speaker: "A",
  text: `line ${n}`,
  start,
  end,
});
const timeline = [line(1, 0, 9), line(2, 10, 19), line(3, 20, 29), line(4, 30, 39), line(5, 40, 49)];

describe("splitTimeline", () => {
  it("cuts in the pause nearest each equal share, keeping every line whole and in one part", () => {
    const parts = splitTimeline(timeline, 2);
    expect(parts.map((p) => p.entries.map((e) => e.line))).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(parts[0]).toMatchObject({ start: 0, end: 19.5 });
    expect(parts[1]).toMatchObject({ start: 19.5, end: Infinity });
  });

  it("never makes more parts than lines, or an empty one", () => {
    const parts = splitTimeline(timeline.slice(0, 2), 4);
    expect(parts.map((p) => p.entries.length)).toEqual([1, 1]);
    expect(splitTimeline([], 2)).toEqual([]);
    expect(splitTimeline(timeline, 1)).toEqual([{ start: 0, end: Infinity, entries: timeline }]);
  });
});
