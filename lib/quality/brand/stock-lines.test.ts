import { describe, expect, it } from "vitest";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { stockLines } from "./stock-lines";

const lines = (...texts: string[]): ScriptLine[] =>
  texts.map((text, i) => ({ line: i + 1, segment: 0, speaker: i % 2 ? "Ben" : "Ada", text }));

describe("stockLines", () => {
  it("finds meta-talk, repeats and lines of nothing but stock prompts", () => {
    const found = stockLines(
      lines(
        "The first finding is about consolidation.",
        "Go on, what's the next one?",
        "Tell me more.",
        "Rats got worse at the maze.",
        "And then?",
        "Rats got worse at the maze.",
        "Absolutely. Exactly.",
      ),
    );
    expect([...found]).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it("leaves lines that react to the content", () => {
    const found = stockLines(
      lines(
        "Replays them how, literally?",
        "Pretty much. The hippocampus fires them off again in quick bursts.",
        "Absolutely, and forty percent is a lot.",
        "What about people? Rats aren't studying for exams.",
      ),
    );
    expect(found.size).toBe(0);
  });
});
