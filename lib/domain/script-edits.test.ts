import { describe, expect, it } from "vitest";
import {
  addLine,
  addSegment,
  deleteLine,
  duplicateLine,
  mergeWithNext,
  moveLine,
  removeSegment,
  renameSegment,
  setSpeaker,
  setText,
  splitLine,
  type Segments,
} from "./script-edits";

const script = (): Segments => [
  {
    title: "Cold open",
    lines: [
      { speaker: "Ada", text: "One." },
      { speaker: "Ben", text: "Two." },
    ],
  },
  { title: "Wrap-up", lines: [{ speaker: "Ada", text: "Three." }] },
];
const texts = (segments: Segments) => segments.map((s) => s.lines.map((l) => l.text));

describe("script edits", () => {
  it("never change the script they are given", () => {
    const before = script();
    const frozen = JSON.stringify(before);
    setText(before, { segment: 0, line: 0 }, "x");
    moveLine(before, { segment: 0, line: 1 }, 1);
    splitLine(before, { segment: 0, line: 0 }, 2);
    deleteLine(before, { segment: 1, line: 0 });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it("set a line's text and speaker", () => {
    const edited = setSpeaker(setText(script(), { segment: 0, line: 1 }, "Deux."), { segment: 0, line: 1 }, "Ada");
    expect(edited[0]!.lines[1]).toEqual({ speaker: "Ada", text: "Deux." });
    expect(edited[0]!.lines[0]).toEqual({ speaker: "Ada", text: "One." });
  });

  it("add an empty line after a line and say where it is", () => {
    const { segments, at } = addLine(script(), { segment: 0, line: 0 }, "Ben");
    expect(texts(segments)).toEqual([["One.", "", "Two."], ["Three."]]);
    expect(at).toEqual({ segment: 0, line: 1 });
    expect(segments[0]!.lines[1]!.speaker).toBe("Ben");
  });

  it("delete and duplicate a line", () => {
    expect(texts(deleteLine(script(), { segment: 0, line: 0 }))).toEqual([["Two."], ["Three."]]);
    const { segments, at } = duplicateLine(script(), { segment: 1, line: 0 });
    expect(texts(segments)).toEqual([
      ["One.", "Two."],
      ["Three.", "Three."],
    ]);
    expect(at).toEqual({ segment: 1, line: 1 });
  });

  it("move a line within its segment", () => {
    const { segments, at } = moveLine(script(), { segment: 0, line: 0 }, 1);
    expect(texts(segments)).toEqual([["Two.", "One."], ["Three."]]);
    expect(at).toEqual({ segment: 0, line: 1 });
  });

  it("move a line across a segment boundary, both ways", () => {
    const down = moveLine(script(), { segment: 0, line: 1 }, 1);
    expect(texts(down.segments)).toEqual([["One."], ["Two.", "Three."]]);
    expect(down.at).toEqual({ segment: 1, line: 0 });
    const up = moveLine(script(), { segment: 1, line: 0 }, -1);
    expect(texts(up.segments)).toEqual([["One.", "Two.", "Three."], []]);
    expect(up.at).toEqual({ segment: 0, line: 2 });
  });

  it("leave a line at the script's edge where it is", () => {
    const first = moveLine(script(), { segment: 0, line: 0 }, -1);
    expect(texts(first.segments)).toEqual(texts(script()));
    expect(first.at).toEqual({ segment: 0, line: 0 });
    expect(texts(moveLine(script(), { segment: 1, line: 0 }, 1).segments)).toEqual(texts(script()));
  });

  it("split a line at the caret into two lines of the same speaker", () => {
    const s = setText(script(), { segment: 0, line: 1 }, "First part. Second part.");
    const { segments, at } = splitLine(s, { segment: 0, line: 1 }, 11);
    expect(segments[0]!.lines).toEqual([
      { speaker: "Ada", text: "One." },
      { speaker: "Ben", text: "First part." },
      { speaker: "Ben", text: "Second part." },
    ]);
    expect(at).toEqual({ segment: 0, line: 2 });
  });

  it("do not split at either end of a line, which would leave an empty one", () => {
    expect(texts(splitLine(script(), { segment: 0, line: 0 }, 0).segments)).toEqual(texts(script()));
    expect(texts(splitLine(script(), { segment: 0, line: 0 }, 4).segments)).toEqual(texts(script()));
  });

  it("merge a line with the next of its segment, keeping the first speaker", () => {
    expect(mergeWithNext(script(), { segment: 0, line: 0 })[0]!.lines).toEqual([{ speaker: "Ada", text: "One. Two." }]);
    // The last line of a segment has no next line to merge with.
    expect(texts(mergeWithNext(script(), { segment: 0, line: 1 }))).toEqual(texts(script()));
  });

  it("rename, add and remove segments", () => {
    expect(renameSegment(script(), 1, "Goodbye")[1]!.title).toBe("Goodbye");
    const added = addSegment(script(), 0, "Middle", "Ben");
    expect(added.map((s) => s.title)).toEqual(["Cold open", "Middle", "Wrap-up"]);
    expect(added[1]!.lines).toEqual([{ speaker: "Ben", text: "" }]);
    expect(removeSegment(script(), 0).map((s) => s.title)).toEqual(["Wrap-up"]);
  });
});
