import { describe, expect, it } from "vitest";
import { audioTimelineSchema } from "./audio-timeline";
import { chaptersFromTimeline, formatChapterTime, toChaptersJson } from "./chapters";

const line = (segment: number, start: number, end: number) => ({
  segment,
  line: 1,
  speaker: "Maya",
  text: "Words.",
  start,
  end,
});

describe("chaptersFromTimeline", () => {
  it("makes one chapter per segment, titled by the script, from its first line to the next chapter or the end", () => {
    const timeline = audioTimelineSchema.parse([
      line(0, 0.4, 10),
      line(1, 12.3456, 30),
      line(1, 11.5, 12),
      line(2, 31, 59),
      line(0, 10, 11.5),
    ]);
    expect(chaptersFromTimeline(timeline, ["Intro", "  Why  we\nsleep ", ""], 61_000)).toEqual([
      { title: "Intro", startMs: 0, endMs: 11_500 },
      { title: "Why we sleep", startMs: 11_500, endMs: 31_000 },
      { title: "Part 3", startMs: 31_000, endMs: 61_000 },
    ]);
  });

  it("never ends a chapter past the audio or before its start, and leaves out a segment that lasts no time", () => {
    const timeline = audioTimelineSchema.parse([line(0, 0, 5), line(1, 5, 9), line(2, 5, 9), line(3, 20, 25)]);
    const chapters = chaptersFromTimeline(timeline, ["A", "B", "C", "D"], 10_000);
    expect(chapters).toEqual([
      { title: "A", startMs: 0, endMs: 5_000 },
      { title: "C", startMs: 5_000, endMs: 10_000 },
    ]);
  });

  it("has no chapters without a timeline", () => {
    expect(chaptersFromTimeline([], ["Intro"], 5_000)).toEqual([]);
  });
});

describe("toChaptersJson", () => {
  it("writes Podcasting 2.0 JSON chapters 1.2.0 with times in seconds", () => {
    expect(
      toChaptersJson(
        [
          { title: "Intro", startMs: 0, endMs: 11_500 },
          { title: "Why we sleep", startMs: 11_500, endMs: 61_250 },
        ],
        { title: "Sleep", podcastName: "Signal and Noise" },
      ),
    ).toEqual({
      version: "1.2.0",
      title: "Sleep",
      podcastName: "Signal and Noise",
      chapters: [
        { startTime: 0, endTime: 11.5, title: "Intro" },
        { startTime: 11.5, endTime: 61.25, title: "Why we sleep" },
      ],
    });
  });
});

describe("formatChapterTime", () => {
  it("prints mm:ss, and h:mm:ss from an hour on", () => {
    expect(formatChapterTime(0)).toBe("00:00");
    expect(formatChapterTime(75_999)).toBe("01:15");
    expect(formatChapterTime(3_723_000)).toBe("1:02:03");
  });
});
