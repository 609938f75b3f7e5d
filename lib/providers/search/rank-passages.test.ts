import { describe, expect, it } from "vitest";
import { rankPassages, snippetOf, type PassageDoc } from "./rank-passages";
import { stem } from "@/lib/text/stem";

const doc = (sourceId: string, text: string, boost = 1): PassageDoc => ({
  sourceId,
  title: sourceId,
  url: null,
  start: 0,
  end: text.length,
  text,
  boost,
});

describe("stem", () => {
  it("folds plurals", () => {
    expect(["batteries", "cells", "glasses", "status", "boxes", "toes", "gas"].map(stem)).toEqual([
      "battery",
      "cell",
      "glasse",
      "status",
      "boxe",
      "toe",
      "gas",
    ]);
  });
});

describe("rankPassages", () => {
  const docs = [
    doc("weather", "Rain is expected across the north on Tuesday."),
    doc("storage", "Grid batteries store midday solar power for the evening peak."),
    doc("solar", "Solar panels on roofs now supply a tenth of demand at noon."),
  ];

  it("ranks the passage that matches the query best first, matching plural and singular", () => {
    const ranked = rankPassages(docs, "battery storing solar power", 2);
    expect(ranked.map((r) => r.sourceId)).toEqual(["storage", "solar"]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("tolerates a typo in a long word and ignores stop words", () => {
    expect(rankPassages(docs, "the evning", 1).map((r) => r.sourceId)).toEqual(["storage"]);
    expect(rankPassages(docs, "the of and", 5)).toEqual([]);
  });

  it("lets a boost break a tie between equal passages", () => {
    const twins = [doc("library", "Tidal power is predictable."), doc("own", "Tidal power is predictable.", 1.25)];
    expect(rankPassages(twins, "tidal", 2).map((r) => r.sourceId)).toEqual(["own", "library"]);
  });
});

describe("snippetOf", () => {
  it("shows the text around the first matching word, cut at word boundaries", () => {
    const text = `${"Background words go here. ".repeat(10)}The battery result is the point. ${"More words after it. ".repeat(20)}`;
    const snippet = snippetOf(text, new Set(["battery"]));
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("The battery result is the point.");
    expect(snippet.length).toBeLessThanOrEqual(282);
  });

  it("returns short passages whole", () => {
    expect(snippetOf("Short  passage\nhere.", new Set(["passage"]))).toBe("Short passage here.");
  });
});
