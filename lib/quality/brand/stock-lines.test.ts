import { describe, expect, it } from "vitest";
import type { ScriptLine } from "@/lib/domain/script-lines";
import { stockTalk } from "./stock-lines";

const lines = (...texts: string[]): ScriptLine[] =>
  texts.map((text, i) => ({ line: i + 1, segment: 0, speaker: i % 2 ? "Ben" : "Ada", text }));

describe("stockTalk", () => {
  it("finds meta-talk, repeats and lines of nothing but stock prompts", () => {
    const found = stockTalk(
      lines(
        "The first finding is about consolidation.",
        "Go on, what's the next one?",
        "Tell me more.",
        "Rats got worse at the maze.",
        "And then?",
        "Rats got worse at the maze.",
        "Absolutely. It really is fascinating.",
      ),
    );
    expect([...found.stockLines]).toEqual([1, 2, 3, 5, 6, 7]);
    expect(found).toMatchObject({ sentences: 8, stockSentences: 7 });
  });

  it("counts a stock agreement opening a line, but leaves lines that react to the content", () => {
    const found = stockTalk(
      lines(
        "Replays them how, literally?",
        "Pretty much. The hippocampus fires them off again in quick bursts.",
        "Absolutely. And forty percent is a lot.",
        "What about people? Rats aren't studying for exams.",
        "No. Pretty much the opposite.",
        "No. Pretty much.",
        "Welcome to the show. I'm Maya Chen.",
        "Thanks for listening. I'm Maya Chen.",
      ),
    );
    expect(found.stockLines.size).toBe(0);
    expect(found.stockSentences).toBe(1);
  });
});
