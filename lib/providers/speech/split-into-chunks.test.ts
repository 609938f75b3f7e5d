import { describe, expect, it } from "vitest";
import { splitIntoChunks } from "./split-into-chunks";

describe("splitIntoChunks", () => {
  it("keeps short text whole", () => {
    expect(splitIntoChunks("  One sentence.  ", 100)).toEqual(["One sentence."]);
  });

  it("packs whole sentences up to the limit", () => {
    expect(splitIntoChunks("Aa aa. Bb bb! Cc cc? Dd dd.", 13)).toEqual(["Aa aa. Bb bb!", "Cc cc? Dd dd."]);
  });

  it("splits an over-long sentence at clauses, then words, never over the limit", () => {
    const text = "First clause here, second clause there; and a very long tail of words that goes on.";
    const chunks = splitIntoChunks(text, 25);
    expect(chunks.every((c) => c.length <= 25)).toBe(true);
    expect(chunks.join(" ")).toBe(text);
    expect(chunks[0]).toBe("First clause here,");
  });

  it("cuts only a word longer than the limit", () => {
    expect(splitIntoChunks("Supercalifragilistic", 8)).toEqual(["Supercal", "ifragili", "stic"]);
  });
});
