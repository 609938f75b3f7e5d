import { describe, expect, it } from "vitest";
import { audioTimelineSchema } from "./audio-timeline";
import { escapeVttText, formatVttTimestamp, toWebVtt } from "./to-webvtt";

describe("formatVttTimestamp", () => {
  it("writes hh:mm:ss.mmm with hours always present", () => {
    expect(formatVttTimestamp(0)).toBe("00:00:00.000");
    expect(formatVttTimestamp(4.25)).toBe("00:00:04.250");
    expect(formatVttTimestamp(61.0005)).toBe("00:01:01.001");
    expect(formatVttTimestamp(3723.456)).toBe("01:02:03.456");
    expect(formatVttTimestamp(59.9996)).toBe("00:01:00.000");
  });

  it("never goes below zero", () => {
    expect(formatVttTimestamp(-1)).toBe("00:00:00.000");
  });
});

describe("escapeVttText", () => {
  it("escapes the three characters cue text may not hold", () => {
    expect(escapeVttText("a < b && c > d --> e")).toBe("a &lt; b &amp;&amp; c &gt; d --&gt; e");
  });
});

describe("toWebVtt", () => {
  const timeline = audioTimelineSchema.parse([
    { segment: 0, line: 1, speaker: "Maya", text: "Welcome to Signal & Noise.", start: 0, end: 2.5 },
    { segment: 0, line: 2, speaker: "Sam <host>", text: "Sleep is <not> optional.\nReally.", start: 2.5, end: 5.125 },
  ]);

  it("writes the header and one cue per line with a voice span", () => {
    expect(toWebVtt(timeline)).toBe(
      [
        "WEBVTT",
        "",
        "1",
        "00:00:00.000 --> 00:00:02.500",
        "<v Maya>Welcome to Signal &amp; Noise.",
        "",
        "2",
        "00:00:02.500 --> 00:00:05.125",
        "<v Sam &lt;host&gt;>Sleep is &lt;not&gt; optional. Really.",
        "",
      ].join("\n"),
    );
  });

  it("orders cues by start, skips empty lines and keeps end at or after start", () => {
    const vtt = toWebVtt([
      { segment: 1, line: 3, speaker: "Sam", text: "Later.", start: 10, end: 9 },
      { segment: 0, line: 2, speaker: "", text: "   ", start: 5, end: 6 },
      { segment: 0, line: 1, speaker: "  ", text: "First.", start: 1, end: 2 },
    ]);
    expect(vtt).toBe(
      [
        "WEBVTT",
        "",
        "1",
        "00:00:01.000 --> 00:00:02.000",
        "First.",
        "",
        "3",
        "00:00:10.000 --> 00:00:10.000",
        "<v Sam>Later.",
        "",
      ].join("\n"),
    );
  });

  it("is just the header for an empty timeline", () => {
    expect(toWebVtt([])).toBe("WEBVTT\n");
  });
});
