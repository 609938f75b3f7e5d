import { describe, expect, it } from "vitest";
import { audioTimelineSchema } from "./audio-timeline";
import { formatSrtTimestamp, toSrt } from "./to-srt";
import { toWebVtt } from "./to-webvtt";

const timeline = audioTimelineSchema.parse([
  { segment: 1, line: 3, speaker: "Theo", text: "Second,\n\nin time.", start: 4.5, end: 6 },
  { segment: 0, line: 1, speaker: "Maya", text: "Welcome to Signal & Noise.", start: 0, end: 2.25 },
  { segment: 0, line: 2, speaker: "Theo", text: "   ", start: 2.25, end: 4 },
  { segment: 1, line: 4, speaker: "Maya", text: "Ends before it starts.", start: 3723.4567, end: 3700 },
]);

describe("formatSrtTimestamp", () => {
  it("writes hh:mm:ss,mmm with a comma before the milliseconds, never below zero", () => {
    expect(formatSrtTimestamp(0)).toBe("00:00:00,000");
    expect(formatSrtTimestamp(61.0005)).toBe("00:01:01,001");
    expect(formatSrtTimestamp(3723.456)).toBe("01:02:03,456");
    expect(formatSrtTimestamp(-2)).toBe("00:00:00,000");
  });
});

describe("toSrt", () => {
  it("numbers cues 1, 2, 3 in time order, prefixes the speaker, drops empty lines and keeps each cue on one line", () => {
    expect(toSrt(timeline)).toBe(
      [
        "1\n00:00:00,000 --> 00:00:02,250\nMaya: Welcome to Signal & Noise.\n",
        "2\n00:00:04,500 --> 00:00:06,000\nTheo: Second, in time.\n",
        "3\n01:02:03,457 --> 01:02:03,457\nMaya: Ends before it starts.\n",
      ].join("\n"),
    );
  });

  it("has the same cues as the WebVTT transcript (one shared rule for order, empties and line breaks)", () => {
    const srtTexts = toSrt(timeline)
      .split("\n\n")
      .map((cue) => cue.split("\n")[2]);
    const vttTexts = toWebVtt(timeline)
      .split("\n\n")
      .slice(1)
      .map((cue) =>
        cue
          .split("\n")[2]!
          .replace(/^<v ([^>]+)>/, "$1: ")
          .replace(/&amp;/g, "&"),
      );
    expect(srtTexts).toEqual(vttTexts);
  });

  it("is empty for a timeline without words", () => {
    expect(toSrt([])).toBe("");
  });
});
