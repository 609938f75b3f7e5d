import { describe, expect, it } from "vitest";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { scoreTone } from "./tone";

const tone = "Curious, warm and precise; playful but never glib.";
const lines = (...texts: string[]): ScriptLine[] =>
  texts.map((text, i) => ({ line: i + 1, segment: 0, speaker: i % 2 ? "Ben" : "Ada", text }));

describe("scoreTone", () => {
  it("does not take ordinal meta-talk full of 'let's' and 'we' for a warm voice", () => {
    const template = scoreTone(
      lines(
        "Let's start with the first finding.",
        "Go on, what's the first one?",
        "The first finding is about consolidation during sleep.",
        "Can we put the first finding next to the second finding?",
        "Let's look at the next finding.",
        "Go on, what's the next one?",
      ),
      tone,
    );
    expect(template.inputs).toMatchObject({ stockLines: 6, warmLines: 0 });
    expect(template.score).toBeLessThan(3);
    expect(template.violations.filter((v) => v.rule === "stock-line")).toHaveLength(6);
  });

  it("keeps a conversation that reacts to its content warm", () => {
    const natural = scoreTone(
      lines(
        "Start with what happens at night. The brain replays the day's memories.",
        "Replays them how, literally?",
        "In deep sleep the hippocampus fires them off again in quick bursts.",
        "So a small slice of your night does the heavy lifting.",
        "What about people like you? Rats aren't studying for exams.",
        "Adults who slept after learning remembered more word pairs.",
      ),
      tone,
    );
    expect(natural.inputs).toMatchObject({ stockLines: 0 });
    expect(natural.score).toBe(10);
  });
});
