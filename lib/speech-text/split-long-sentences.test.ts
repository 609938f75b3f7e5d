import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/text/spoken-form";
import { optimizeForSpeech } from "./optimize-for-speech";
import { splitLongSentence } from "./split-long-sentences";

function split(sentence: string, maxWords = 20): string[] {
  return splitLongSentence(sentence, maxWords, []);
}

/** Words no new sentence can open with: verbs that lost their subject, prepositions that lost their head. */
const MID_CLAUSE =
  /^(?:found|showed|recalled|slept|made|makes|perform|performed|improved|restores|appears|include|includes|in|on|at|of|from|than|to|by|with|for|about|after|before|during|the|a|an)\b/i;

/** A later part that opens with such a word, or a part that ends on a word that needs more: a cut mid-clause. */
function cutMidClause(parts: string[]): boolean {
  return (
    parts.slice(1).some((p) => MID_CLAUSE.test(p) && !/^(?:The|A|An) \S+ \S+/.test(p)) ||
    parts.some((p) => /\b(?:and|or|but|the|a|an|of|to|in)\.$/i.test(p))
  );
}

describe("splitLongSentence", () => {
  it("never cuts after a parenthetical, leaving a verb without its subject", () => {
    const sentence =
      "One of the first studies of the question, in nineteen twenty-four, found that people forgot fewer nonsense " +
      "syllables after sleeping than after the same hours awake, though it had only two participants.";
    const parts = split(sentence);
    expect(parts.join(" ")).not.toMatch(/twenty-four\. Found/);
    expect(cutMidClause(parts)).toBe(false);
    // The one clause boundary is before "though": a subject ("it") and a verb ("had") follow it.
    expect(parts.at(-1)).toBe("Though it had only two participants.");
  });

  it.each([
    // Commas around a phrase, with no clause boundary at all: left whole.
    "In a classic word-pair study, adults who slept after learning recalled more pairs the next day, in some studies " +
      "by twenty percent or more, than adults who stayed awake for the same time.",
    // A serial list whose last item has a verb inside it is still a list.
    "The team measured sleep quality, mood, reaction time during the afternoon, and the number of errors people " +
      "made on a memory test the next morning at nine.",
    // "and" joining two subjects.
    "Naps helped the group that slept in the afternoon and the group that slept in the morning remember more words " +
      "on the test that followed.",
    // ", who" whose antecedent is not the word before the comma.
    "Jenkins recruited two students from the university in the autumn of that year, who slept in his laboratory for " +
      "several nights in a row.",
    // ", which" followed by a new subject is an object clause, not a sentence of its own.
    "The volunteers learned a long list of word pairs in the evening, which the team then measured again after a " +
      "night of sleep at home.",
  ])("leaves a long sentence with no clause boundary whole: %s", (sentence) => {
    expect(split(sentence)).toEqual([sentence]);
  });

  it("cuts at a semicolon, a conjunction that opens a clause, and a relative clause with its subject repeated", () => {
    expect(
      split(
        "The lab ran the trial for eleven weeks in the spring of that year; the second group slept at home and wore " +
          "a small band at night.",
      ),
    ).toEqual([
      "The lab ran the trial for eleven weeks in the spring of that year.",
      "The second group slept at home and wore a small band at night.",
    ]);
    expect(
      split(
        "In the first week the researchers recruited sixty healthy volunteers, who slept in the laboratory for " +
          "three nights before any test.",
      ),
    ).toEqual([
      "In the first week the researchers recruited sixty healthy volunteers.",
      "The volunteers slept in the laboratory for three nights before any test.",
    ]);
    expect(
      split(
        "Sleep after learning protected about twenty percent of the word pairs, which suggests that memories are " +
          "replayed during the night.",
        15,
      ),
    ).toEqual([
      "Sleep after learning protected about twenty percent of the word pairs.",
      "That suggests that memories are replayed during the night.",
    ]);
  });

  it("cuts none of the bench sources' sentences mid-clause, even at twelve words a sentence", () => {
    const dir = path.join(process.cwd(), "bench/sources");
    const text = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .flatMap((source) => source.split(/\n\s*\n/).filter((p) => !p.startsWith("#")))
      .map(plainText)
      .join("\n\n");
    const splits = optimizeForSpeech(text, { lexicon: [], engine: "plain", maxSentenceWords: 12 }).changes.filter(
      (c) => c.rule === "split-sentence",
    );
    expect(splits.length).toBeGreaterThan(5);
    for (const c of splits) expect(cutMidClause(c.to.split(/(?<=[.!?])\s+(?=[A-Z])/)), c.to).toBe(false);
  });
});
