import { describe, expect, it } from "vitest";
import type { Script } from "@/lib/domain/script";
import { checkScriptFacts, isFactual } from "./check-script-facts";
import { labelClaim } from "./label-claim";
import { LABELLED_CLAIMS } from "./labelled-claims";
import { scoreLabels } from "./score-labels";

const SOURCES = [
  {
    sourceId: "forgetting",
    text:
      "# Forgetting\n\nIn 1885 Hermann Ebbinghaus published the forgetting curve, measured on himself with nonsense " +
      "syllables. Jenkins and Dallenbach reported in 1924 that students who slept after learning forgot less than " +
      "those who stayed awake.",
  },
  {
    sourceId: "sleep-need",
    text:
      "Most adults need between seven and nine hours of sleep a night, according to several national health bodies. " +
      "Adults who sleep less than six hours a night for two weeks perform badly on attention tests.",
  },
];

const script = (lines: [string, string][]): Script => ({
  segments: [{ title: "Memory", lines: lines.map(([speaker, text]) => ({ speaker, text })) }],
});

describe("checkScriptFacts", () => {
  it("labels a line that states a wrong year contradicted, with the source passage", () => {
    const check = checkScriptFacts(
      script([
        ["Ada", "Welcome back to the show."],
        ["Sam", "In 1952 Jenkins and Dallenbach found that students forgot less after sleeping."],
      ]),
      SOURCES,
    );
    expect(check.facts).toHaveLength(1);
    expect(check.facts[0]).toMatchObject({
      line: 2,
      speaker: "Sam",
      verdict: "CONTRADICTED",
      evidence: {
        sourceId: "forgetting",
        quote:
          "Jenkins and Dallenbach reported in 1924 that students who slept after learning forgot less than those who stayed awake.",
      },
    });
    expect(check.facts[0]!.reason).toContain("1924");
    expect(check.counts).toEqual({ SUPPORTED: 0, UNSUPPORTED: 0, CONTRADICTED: 1 });
  });

  it("does not call seven to nine hours needed a contradiction of less than six hours slept", () => {
    const check = checkScriptFacts(
      script([["Ada", "Most adults need seven to nine hours of sleep a night, say national health bodies."]]),
      [SOURCES[1]!, { sourceId: "survey", text: "A third of adults sleep less than six hours a night." }],
    );
    expect(check.facts.map((f) => f.verdict)).toEqual(["SUPPORTED"]);
    expect(check.facts[0]!.evidence?.sourceId).toBe("sleep-need");
  });

  it("checks every factual sentence, and leaves questions, greetings and reactions alone", () => {
    const check = checkScriptFacts(
      script([
        ["Ada", "So what did Ebbinghaus find?"],
        [
          "Sam",
          "Wow. In 1885 Hermann Ebbinghaus published the forgetting curve. Caffeine doubles memory in 90% of people.",
        ],
        ["Ada", "Thanks, Sam, that was fun."],
      ]),
      SOURCES,
    );
    expect(check.facts.map((f) => [f.line, f.verdict])).toEqual([
      [2, "SUPPORTED"],
      [2, "UNSUPPORTED"],
    ]);
  });
});

describe("the labelled claim/passage set", () => {
  const results = LABELLED_CLAIMS.map((p) => ({
    expected: p.label,
    predicted: labelClaim(p.claim, [{ sourceId: "passage", text: p.passage }]).verdict,
  }));

  it("has at least 40 pairs of every label and the issue's cases", () => {
    expect(LABELLED_CLAIMS.length).toBeGreaterThanOrEqual(40);
    for (const label of ["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"]) {
      expect(LABELLED_CLAIMS.filter((p) => p.label === label).length).toBeGreaterThanOrEqual(10);
    }
    for (const c of ["compatible-numbers", "range-vs-bound", "wrong-year", "paraphrase", "other-subject"]) {
      expect(LABELLED_CLAIMS.some((p) => p.case === c)).toBe(true);
    }
  });

  it("calls a contradiction with precision at least 0.9", () => {
    const { perLabel } = scoreLabels(results);
    expect(perLabel.CONTRADICTED.predicted).toBeGreaterThan(0);
    expect(perLabel.CONTRADICTED.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("never calls a compatible-numbers pair a contradiction", () => {
    const compatible = LABELLED_CLAIMS.filter((p) => p.case === "compatible-numbers");
    for (const p of compatible) {
      expect(labelClaim(p.claim, [{ sourceId: "passage", text: p.passage }]).verdict, p.claim).not.toBe("CONTRADICTED");
    }
  });
});

describe("isFactual", () => {
  it.each([
    ["In 1885 Hermann Ebbinghaus published the forgetting curve.", true],
    ["A 20-minute nap improved recall by 12 percent.", true],
    ["Most adults need seven to nine hours of sleep.", true],
    ["Welcome to Signal and Noise, everyone.", false],
    ["Today's topic: Does a nap really help you learn.", false],
    ["The first finding and the third finding share a source.", false],
    ["What did they find in the end?", false],
    ["That is wild.", false],
  ])("%s → %s", (sentence, factual) => {
    expect(isFactual(sentence, new Set(["Signal", "Noise"]))).toBe(factual);
  });
});

describe("checkScriptFacts on the largest sources an episode may have", () => {
  it("checks 60 statements against 2 MB of sources in well under the stage's time", () => {
    // About 5,400 distinct sentences per source (512 KB each), four sources.
    const filler = (n: number) =>
      Array.from(
        { length: 5400 },
        (_, k) => `Keeper ${n}-${k} of lighthouse ${k} trimmed the wicks of lamp ${k} every ${k % 9} hours at night.`,
      ).join(" ");
    const big = [0, 1, 2, 3].map((i) => ({ sourceId: `big-${i}`, text: `${filler(i)} ${SOURCES[0]!.text}` }));
    const lines: [string, string][] = Array.from({ length: 60 }, (_, i) => [
      "Ada",
      `In ${1900 + i} Hermann Ebbinghaus published the forgetting curve.`,
    ]);
    const started = performance.now();
    const check = checkScriptFacts(script(lines), big);
    expect(check.facts).toHaveLength(60);
    expect(check.counts.CONTRADICTED).toBe(60);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
