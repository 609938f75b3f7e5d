import { describe, expect, it } from "vitest";
import type { LineGuidance } from "@/lib/domain/line-comment";
import type { Script } from "@/lib/domain/script";
import { findTouchedRanges } from "@/lib/domain/find-touched-ranges";
import { SHOW, TOPIC } from "../test-fixtures";
import { reviseScript } from "./revise-script";

const MAYA = "Maya Chen";
const THEO = "Theo Marsh";
const line = (speaker: string, text: string) => ({ speaker, text });

// Lines numbered as the read view numbers them: 1-3 cold open, 4-9 the evidence, 10-11 wrap-up.
const SCRIPT: Script = {
  segments: [
    {
      title: "Cold open",
      lines: [
        line(MAYA, "Welcome to Signal and Noise. Tonight: why your pillow might be a study tool."),
        line(THEO, "Does sleep really help you remember?"),
        line(MAYA, "As far as we can tell, yes."),
      ],
    },
    {
      title: "The evidence",
      lines: [
        line(MAYA, "Next: the evidence."),
        line(THEO, "What did the 2019 study find?"),
        line(MAYA, "One study found 48 students recalled 20% more word pairs after eight hours of sleep."),
        line(THEO, "Is that a big deal for students? Honestly, it sounds like a sleep hack to me."),
        line(MAYA, "It is one result. It is a good one. It is not the last word. Others have tried to repeat it."),
        line(THEO, "What about naps?"),
      ],
    },
    {
      title: "Wrap-up",
      lines: [
        line(THEO, "What would change your mind about sleep and memory? Let us know."),
        line(MAYA, "That's where things stand today. Thanks for listening."),
      ],
    },
  ],
};

const linesOf = (script: Script) => script.segments.flatMap((s) => s.lines);
const revise = (lineGuidance: LineGuidance[], guidance = "See my comments on the lines.") =>
  reviseScript({ show: SHOW, tier: "standard", topic: TOPIC, script: SCRIPT, editorLines: [], guidance, lineGuidance });
const spoken = (script: Script) =>
  linesOf(script)
    .map((l) => l.text)
    .join("\n");

describe("offline revision by line comments", () => {
  it("says what a comment asks right after its line, and keeps every other line byte for byte", () => {
    const comment = { firstLine: 6, lastLine: 6, text: "Say the sample was small" };
    const out = revise([comment]);
    const before = linesOf(SCRIPT);
    const after = linesOf(out);
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, 6)).toEqual(before.slice(0, 6));
    expect(after[6]!.text).toMatch(/the sample was small\./i);
    expect(after[6]!.speaker).toBe(MAYA);
    expect(after.slice(7)).toEqual(before.slice(6));
    expect(spoken(out)).not.toContain(comment.text);
    expect(findTouchedRanges(SCRIPT, out, [comment, { firstLine: 2, lastLine: 2 }])).toEqual([true, false]);
  });

  it("cuts the lines of a range it is told to cut, and no others", () => {
    const out = revise([{ firstLine: 7, lastLine: 8, text: "cut this" }]);
    const before = linesOf(SCRIPT);
    expect(linesOf(out)).toEqual([...before.slice(0, 6), ...before.slice(8)]);
  });

  it("shortens only the commented line when it is too long", () => {
    const out = revise([{ firstLine: 8, lastLine: 8, text: "Too long, tighten it." }]);
    const before = linesOf(SCRIPT);
    const after = linesOf(out);
    expect(after[7]!.text).toBe("It is one result. It is a good one.");
    expect(after.filter((_, i) => i !== 7)).toEqual(before.filter((_, i) => i !== 7));
  });

  it("takes a phrase to avoid out of the commented line only", () => {
    const out = revise([{ firstLine: 7, lastLine: 7, text: 'Avoid \"big deal\" here.' }]);
    const after = linesOf(out);
    expect(after[6]!.text).not.toMatch(/big deal/i);
    expect(after[6]!.text).toMatch(/sleep hack/);
    expect(after.filter((_, i) => i !== 6)).toEqual(linesOf(SCRIPT).filter((_, i) => i !== 6));
  });

  it("applies several comments at the lines the editor saw, from the bottom up", () => {
    const out = revise([
      { firstLine: 2, lastLine: 2, text: "Mention that one night of sleep is not a habit" },
      { firstLine: 9, lastLine: 9, text: "Remove this line" },
    ]);
    const texts = linesOf(out).map((l) => l.text);
    expect(texts[2]).toMatch(/one night of sleep is not a habit/i);
    expect(texts).not.toContain("What about naps?");
    expect(texts).toHaveLength(linesOf(SCRIPT).length);
  });

  it("changes nothing for a comment it cannot act on, and never reads it out", () => {
    const comment = { firstLine: 5, lastLine: 5, text: "Less jargon in this one, please" };
    const out = revise([comment]);
    expect(out).toEqual(SCRIPT);
    expect(findTouchedRanges(SCRIPT, out, [comment])).toEqual([false]);
  });

  it("keeps a line with a required phrase even when told to cut it", () => {
    const out = revise([{ firstLine: 10, lastLine: 11, text: "cut these" }]);
    expect(spoken(out)).toContain("Thanks for listening.");
    expect(spoken(out)).not.toContain("What would change your mind");
  });
});

describe("findTouchedRanges", () => {
  it("sees an insertion next to a range and a removal inside it, and not elsewhere", () => {
    const before = linesOf(SCRIPT);
    const after: Script = {
      segments: [{ title: "All", lines: [before[0]!, line(THEO, "New."), ...before.slice(1, 4), ...before.slice(5)] }],
    };
    expect(
      findTouchedRanges(SCRIPT, after, [
        { firstLine: 2, lastLine: 2 },
        { firstLine: 5, lastLine: 5 },
        { firstLine: 8, lastLine: 9 },
      ]),
    ).toEqual([true, true, false]);
  });
});
