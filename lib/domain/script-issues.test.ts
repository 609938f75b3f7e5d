import { describe, expect, it } from "vitest";
import { lineKey, placeIssues, speakerIssues } from "./script-issues";

describe("placeIssues", () => {
  it("places each issue at its line, its segment or the whole script", () => {
    const placed = placeIssues([
      { path: "segments.1.lines.2.text", message: "This line is empty." },
      { path: ["segments", 0, "lines", 0, "speaker"], message: "Every line needs a speaker." },
      { path: "segments.1.title", message: "Give every segment a title." },
      { path: "segments.2.lines", message: "A segment needs at least one line." },
      { path: "segments", message: "A script has at most 2,000 lines." },
      { path: "", message: "Values nest at most 16 levels deep." },
    ]);
    expect(placed.lines).toEqual({
      [lineKey(1, 2)]: ["This line is empty."],
      [lineKey(0, 0)]: ["Every line needs a speaker."],
    });
    expect(placed.segments).toEqual({ 1: ["Give every segment a title."], 2: ["A segment needs at least one line."] });
    expect(placed.script).toEqual(["A script has at most 2,000 lines.", "Values nest at most 16 levels deep."]);
  });

  it("says the same message once, whether the client or the server found it", () => {
    const issue = { path: "segments.0.lines.1.text", message: "This line is empty." };
    expect(placeIssues([issue, issue]).lines[lineKey(0, 1)]).toEqual(["This line is empty."]);
  });
});

describe("speakerIssues", () => {
  it("names each line whose speaker is not a host", () => {
    const segments = [
      {
        title: "A",
        lines: [
          { speaker: "Ada", text: "Hi" },
          { speaker: "Zed", text: "Yo" },
        ],
      },
    ];
    expect(speakerIssues(segments, ["Ada", "Ben"])).toEqual([
      { path: ["segments", 0, "lines", 1, "speaker"], message: "Zed is not one of the show's hosts." },
    ]);
  });
});
