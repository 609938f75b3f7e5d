import { describe, expect, it } from "vitest";
import {
  activeLineIndex,
  formatTime,
  segmentRegions,
  speakerColors,
  spokenTime,
  withAlpha,
  type TimelineLine,
} from "./audio-timeline";

const line = (segment: number, n: number, speaker: string, start: number, end: number): TimelineLine => ({
  segment,
  line: n,
  speaker,
  text: `line ${n}`,
  start,
  end,
});

const timeline = [
  line(0, 1, "Ada", 0, 4),
  line(0, 2, "Ben", 4.3, 6),
  line(1, 3, "Ben", 7, 12),
  line(1, 4, "Ada", 12.4, 13),
  line(2, 5, "Ada", 14, 20),
];

describe("segmentRegions", () => {
  it("merges a segment's lines into one region labelled with its speakers, coloured by who speaks longest", () => {
    expect(segmentRegions(timeline)).toEqual([
      { segment: 0, start: 0, end: 6, speakers: ["Ada", "Ben"], lead: "Ada", label: "1 · Ada & Ben" },
      { segment: 1, start: 7, end: 13, speakers: ["Ben", "Ada"], lead: "Ben", label: "2 · Ben & Ada" },
      { segment: 2, start: 14, end: 20, speakers: ["Ada"], lead: "Ada", label: "3 · Ada" },
    ]);
  });

  it("has no regions without a timeline", () => {
    expect(segmentRegions([])).toEqual([]);
  });
});

describe("speakerColors", () => {
  it("gives each speaker a colour in order of first appearance", () => {
    const colors = speakerColors(timeline);
    expect([...colors.keys()]).toEqual(["Ada", "Ben"]);
    expect(colors.get("Ada")).not.toBe(colors.get("Ben"));
    expect(withAlpha("#1f57d1", 0.2)).toBe("rgba(31, 87, 209, 0.2)");
  });
});

describe("activeLineIndex", () => {
  it("finds the line under the playhead, keeping the last spoken line through a pause", () => {
    expect(activeLineIndex(timeline, 0)).toBe(0);
    expect(activeLineIndex(timeline, 4.1)).toBe(0);
    expect(activeLineIndex(timeline, 4.3)).toBe(1);
    expect(activeLineIndex(timeline, 12.5)).toBe(3);
    expect(activeLineIndex(timeline, 99)).toBe(4);
    expect(activeLineIndex([line(0, 1, "Ada", 1, 2)], 0.5)).toBe(-1);
    expect(activeLineIndex([], 3)).toBe(-1);
  });
});

describe("time as text", () => {
  it("formats m:ss and h:mm:ss", () => {
    expect(formatTime(0)).toBe("0:00");
    expect(formatTime(65.9)).toBe("1:05");
    expect(formatTime(3725)).toBe("1:02:05");
    expect(formatTime(Number.NaN)).toBe("0:00");
  });

  it("says it in words", () => {
    expect(spokenTime(1)).toBe("1 second");
    expect(spokenTime(125)).toBe("2 minutes 5 seconds");
  });
});
