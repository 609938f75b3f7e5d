import { describe, expect, it } from "vitest";
import type { Script } from "@/lib/domain/script";
import { checkScriptFacts, isFactual } from "./check-script-facts";
import { labelClaim } from "./label-claim";
import { HELD_OUT_CLAIMS } from "./held-out-claims";
import { LABELLED_CLAIMS } from "./labelled-claims";
import { scoreLabels } from "./score-labels";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { LABELLED_SCRIPT_SOURCES } from "./labelled-script";
import { runLabelledScript } from "./run-labelled-script";

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

  it("supports each side of a disagreement the script reports in the sources' own words", () => {
    const study =
      "In a 2019 study of 48 university students, those who slept for eight hours after learning a list of word " +
      "pairs recalled 20% more pairs the next morning than those who stayed awake.";
    const replication =
      "A larger 2023 replication with 600 students found that sleeping after learning word pairs improved " +
      "next-morning recall by just 6 percent.";
    const check = checkScriptFacts(
      script([
        ["Ada", `The sources disagree here. One says: ${replication}`],
        ["Sam", `Another says: ${study}`],
      ]),
      [
        { sourceId: "study", text: study },
        { sourceId: "replication", text: replication },
      ],
    );
    expect(check.facts.map((f) => [f.line, f.verdict, f.evidence?.sourceId])).toEqual([
      [1, "SUPPORTED", "replication"],
      [2, "SUPPORTED", "study"],
    ]);
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

describe("labelClaim on the reviewer's probes", () => {
  const label = (claim: string, passage: string) => labelClaim(claim, [{ sourceId: "p", text: passage }]);

  it("does not call most adults' seven to nine hours a contradiction of a third of adults' less than six", () => {
    expect(
      label(
        "Most adults get seven to nine hours of sleep.",
        "A third of adults get less than six hours of sleep a night.",
      ).verdict,
    ).toBe("UNSUPPORTED");
  });

  it("supports a correct year of one study beside another study's year", () => {
    const passage =
      "In 1924 Jenkins and Dallenbach found that sleep after learning reduced forgetting. Ellenbogen and colleagues " +
      "reported in 2006 that sleep protected new memories from interference.";
    const right = label("In 2006 Ellenbogen found that sleep protected new memories from interference.", passage);
    expect(right.verdict).toBe("SUPPORTED");
    expect(right.evidence?.quote).toMatch(/^Ellenbogen/);
    const wrong = label("In 2016 Ellenbogen found that sleep protected new memories from interference.", passage);
    expect(wrong).toMatchObject({ verdict: "CONTRADICTED", evidence: { quote: expect.stringMatching(/^Ellenbogen/) } });
    expect(wrong.reason).toContain("2006");
  });

  it("does not compare one trial's sample with another trial's", () => {
    expect(label("The trial recruited 48 students.", "The second trial recruited 120 students.").verdict).toBe(
      "UNSUPPORTED",
    );
    const both = "The first trial recruited 48 students. The second trial recruited 120 students.";
    expect(label("The second trial recruited 48 students.", both).verdict).toBe("CONTRADICTED");
    expect(label("The first trial recruited 48 students.", both).verdict).toBe("SUPPORTED");
  });

  it("needs the same outcome to support: heart disease is not diabetes", () => {
    expect(
      label(
        "Night shift workers had a 40 percent higher risk of heart disease.",
        "Night shift workers had a 40% higher risk of type 2 diabetes in the cohort.",
      ).verdict,
    ).toBe("UNSUPPORTED");
    expect(
      label(
        "Shift work raises the risk of heart disease by 40 percent.",
        "Shift work raises the risk of diabetes by 40 percent, and the risk of heart disease by 20 percent.",
      ).verdict,
    ).toBe("CONTRADICTED");
  });

  it("keeps a restrictive only: REM sleep only is not supported by slow-wave sleep", () => {
    expect(
      label(
        "The hippocampus replays experiences during REM sleep only.",
        "Recordings show the hippocampus replaying recent experiences during slow-wave sleep.",
      ).verdict,
    ).not.toBe("SUPPORTED");
    expect(
      label(
        "Memories are replayed only during REM sleep.",
        "Memories are replayed during slow-wave sleep, and perhaps during REM sleep too.",
      ).verdict,
    ).toBe("CONTRADICTED");
  });
});

describe("the hand-labelled script over the bench sources", () => {
  const dir = path.resolve(LABELLED_SCRIPT_SOURCES);
  const sources = readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .map((n) => ({ sourceId: n, text: readFileSync(path.join(dir, n), "utf8") }));
  const lines = runLabelledScript(sources);

  it("checks every factual line and no other", () => {
    expect(lines.filter((l) => Boolean(l.expected) !== Boolean(l.predicted)).map((l) => l.text)).toEqual([]);
  });

  it("calls a contradiction with precision at least 0.9, each with its source passage", () => {
    const scored = lines.flatMap((l) =>
      l.expected && l.predicted ? [{ expected: l.expected, predicted: l.predicted }] : [],
    );
    const { perLabel } = scoreLabels(scored);
    expect(perLabel.CONTRADICTED.predicted).toBeGreaterThanOrEqual(3);
    expect(perLabel.CONTRADICTED.precision).toBeGreaterThanOrEqual(0.9);
    const wrongYear = lines.find((l) => l.text.includes("2017"))!;
    expect(wrongYear.fact).toMatchObject({
      verdict: "CONTRADICTED",
      evidence: {
        sourceId: "02-sleep-loss-naps-and-learning.md",
        quote: expect.stringContaining("2007 imaging study"),
      },
    });
  });
});

describe("the labelled claim/passage set", () => {
  const results = LABELLED_CLAIMS.map((p) => ({
    expected: p.label,
    predicted: labelClaim(p.claim, [{ sourceId: "passage", text: p.passage }]).verdict,
  }));

  it("has at least 40 pairs, ten of every label, and the issue's and the reviewer's cases", () => {
    expect(LABELLED_CLAIMS.length).toBeGreaterThanOrEqual(40);
    for (const label of ["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"]) {
      expect(LABELLED_CLAIMS.filter((p) => p.label === label).length).toBeGreaterThanOrEqual(10);
    }
    for (const c of [
      "compatible-numbers",
      "range-vs-bound",
      "wrong-year",
      "paraphrase",
      "other-subject",
      "other-group",
      "other-outcome",
      "restrictive-only",
      "multi-sentence",
    ]) {
      expect(LABELLED_CLAIMS.some((p) => p.case === c)).toBe(true);
    }
  });

  it("calls a contradiction with precision at least 0.9", () => {
    const { perLabel } = scoreLabels(results);
    expect(perLabel.CONTRADICTED.predicted).toBeGreaterThan(0);
    expect(perLabel.CONTRADICTED.precision).toBeGreaterThanOrEqual(0.9);
  });

  it("never calls a compatible-numbers or other-group pair a contradiction", () => {
    const compatible = LABELLED_CLAIMS.filter((p) => p.case === "compatible-numbers" || p.case === "other-group");
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
    ["Napping every day lowers the risk of heart disease.", true],
    ["Memories are consolidated only during REM sleep.", true],
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

describe("the held-out claim/passage set (new subjects)", () => {
  const results = HELD_OUT_CLAIMS.map((p) => ({
    expected: p.label,
    predicted: labelClaim(p.claim, [{ sourceId: "passage", text: p.passage }]).verdict,
  }));

  it("has at least 30 pairs of every label", () => {
    expect(HELD_OUT_CLAIMS.length).toBeGreaterThanOrEqual(30);
    for (const label of ["SUPPORTED", "UNSUPPORTED", "CONTRADICTED"])
      expect(HELD_OUT_CLAIMS.some((p) => p.label === label)).toBe(true);
  });

  it("calls a contradiction with precision at least 0.9 and finds at least half of them", () => {
    const { perLabel } = scoreLabels(results);
    expect(perLabel.CONTRADICTED.precision).toBeGreaterThanOrEqual(0.9);
    expect(perLabel.CONTRADICTED.recall).toBeGreaterThanOrEqual(0.5);
  });
});

describe("a script in its own words against the bench sources", () => {
  const dir = path.resolve(LABELLED_SCRIPT_SOURCES);
  const sources = readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .map((n) => ({ sourceId: n, text: readFileSync(path.join(dir, n), "utf8") }));
  // Accurate lines in a host's own words (the reviewer's good.txt): none is a contradiction.
  const accurate: [string, string][] = [
    [
      "Maya",
      "A 2007 brain-imaging study found one sleepless night left volunteers roughly forty percent worse at laying down new memories.",
    ],
    ["Maya", "Like we said, a night without sleep makes you about 40 percent worse at new memories."],
    ["Theo", "Though waking from deep sleep can leave you groggy for half an hour."],
    ["Maya", "The evidence suggests that many of the studies are small, often fewer than 50 people."],
    ["Maya", "Meet me at ten to"],
  ];

  it("labels none of its accurate lines contradicted", () => {
    expect(checkScriptFacts(script(accurate), sources).counts.CONTRADICTED).toBe(0);
  });

  it("labels the same study with a wrong year contradicted", () => {
    const wrong = accurate.map(([s, t]): [string, string] => [s, t.replace("2007", "1997")]);
    const check = checkScriptFacts(script(wrong), sources);
    expect(check.counts.CONTRADICTED).toBe(1);
    expect(check.facts.find((f) => f.verdict === "CONTRADICTED")?.statement).toContain("1997");
  });
});
