import { describe, expect, it } from "vitest";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { scoreStructure } from "./structure";

/** A two-segment, two-host script whose last segment says only the given lines. */
function closingWith(...closing: string[]): ScriptLine[] {
  const opening = ["Welcome back. Does sleep help you learn?", "It seems to: memories are replayed at night."];
  return [...opening, ...closing].map((text, i) => ({
    line: i + 1,
    segment: i < opening.length ? 0 : 1,
    speaker: i % 2 ? "Ben" : "Ada",
    text,
  }));
}
const outro = (lines: ScriptLine[]) => scoreStructure(lines, 2, 2).inputs.outro;

describe("scoreStructure recognises a recap by meaning", () => {
  it.each([
    "Let's pull it together.",
    "So let's tie it all together.",
    "Time to sum things up.",
    "Let's boil it down.",
    "Where does all this leave us?",
    "The bottom line: protect your sleep.",
  ])("counts %j as the outro", (line) => {
    expect(outro(closingWith(line, "Sleep well."))).toBe(1);
  });

  it("does not count an ordinary closing line as a recap", () => {
    const lines = closingWith("Naps help alertness.", "Sleep well.");
    expect(outro(lines)).toBe(0);
    expect(scoreStructure(lines, 2, 2).violations.map((v) => v.rule)).toContain("missing-outro");
  });

  it("does not take 'bring it up' for a recap", () => {
    expect(outro(closingWith("Should we bring it up with a doctor?", "Sleep well."))).toBe(0);
  });

  it("counts a segment opened by a turn of phrase as signposted", () => {
    const lines = closingWith("Here's where it gets odd: naps.", "Let's pull it together.");
    expect(scoreStructure(lines, 2, 2).inputs).toMatchObject({ transitions: 1, signposted: 1 });
    const plain = closingWith("Naps are odd.", "Sleep well.");
    expect(scoreStructure(plain, 2, 2).inputs).toMatchObject({ transitions: 1, signposted: 0 });
  });

  it("counts 'Start with …' as a signpost but not the script naming its own parts", () => {
    const start = closingWith("Start with what happens at night.", "Sleep well.");
    expect(scoreStructure(start, 2, 2).inputs).toMatchObject({ signposted: 1 });
    const meta = closingWith("Can we put the third finding next to the fourth finding?", "Sleep well.");
    expect(scoreStructure(meta, 2, 2).inputs).toMatchObject({ signposted: 0 });
    const ordinal = closingWith("The first finding is about naps.", "Sleep well.");
    expect(scoreStructure(ordinal, 2, 2).inputs).toMatchObject({ signposted: 0 });
    const opening = closingWith("First, the naps.", "Sleep well.");
    expect(scoreStructure(opening, 2, 2).inputs).toMatchObject({ signposted: 1 });
  });

  it("counts a stock line repeated at every change of segment once", () => {
    const texts = ["Welcome back.", "Naps.", "Go on, what's next?", "Memory.", "Go on, what's next?", "Sleep well."];
    const lines: ScriptLine[] = texts.map((text, i) => ({
      line: i + 1,
      segment: Math.floor(i / 2),
      speaker: i % 2 ? "Ben" : "Ada",
      text,
    }));
    const result = scoreStructure(lines, 3, 2);
    expect(result.inputs).toMatchObject({ transitions: 2, signposted: 1 });
    expect(result.violations.find((v) => v.rule === "missing-signpost")).toMatchObject({ line: 5 });
  });

  it("does not count stock prompts as hosts asking each other questions", () => {
    const prompts = closingWith("Go on, what's the next one?", "And then?", "Let's pull it together.");
    expect(scoreStructure(prompts, 2, 2).inputs).toMatchObject({ questionLines: 1 });
    const asked = closingWith("Replays them how, literally?", "And the rats?", "Let's pull it together.");
    expect(scoreStructure(asked, 2, 2).inputs).toMatchObject({ questionLines: 3 });
  });
});
