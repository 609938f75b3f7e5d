import { describe, expect, it } from "vitest";
import type { StageShow } from "@/lib/domain/stage-inputs";
import type { Script } from "@/lib/domain/script";
import { BRAND_WEIGHTS, scoreBrand } from "./score-brand";
import { scriptLines } from "@/lib/domain/script-lines";

const show: StageShow = {
  id: "show-1",
  name: "Signal and Noise",
  tone: "Curious, warm and precise; playful but never glib.",
  audience: "Curious non-specialists who read the science pages and want the nuance, not the hype.",
  requiredPhrases: ["Welcome to Signal and Noise", "Thanks for listening"],
  bannedPhrases: ["game-changer", "revolutionary", "100% proven", "everyone knows", "no-brainer"],
  humilityMarkers: ["the evidence suggests", "we don't know yet", "as far as we can tell", "one study found"],
  pronunciationLexicon: [],
  brandThreshold: 9.3,
  dimensionThreshold: 7,
  targetReadingGrade: 9,
  hosts: [
    { name: "Ada", persona: "curious", localVoice: "a", hostedVoice: null },
    { name: "Ben", persona: "skeptic", localVoice: "b", hostedVoice: null },
  ],
};

const clean = (): Script => ({
  segments: [
    {
      title: "Intro",
      lines: [
        { speaker: "Ada", text: "Welcome to Signal and Noise. Today we talk about naps and memory." },
        { speaker: "Ben", text: "Do naps help you remember things?" },
        { speaker: "Ada", text: "One study found that a short nap helped people recall word pairs." },
      ],
    },
    {
      title: "The evidence",
      lines: [
        { speaker: "Ben", text: "Next, let's look at the numbers. How big was the effect?" },
        {
          speaker: "Ada",
          text: "The group that napped remembered 20% more words. As far as we can tell, that is a real gain.",
        },
        { speaker: "Ben", text: "But the sample was small, so we don't know yet if it holds for you." },
      ],
    },
    {
      title: "Outro",
      lines: [
        { speaker: "Ada", text: "So, to recap: a nap may help, and the evidence suggests short ones work best." },
        { speaker: "Ben", text: "What should you try tonight? Thanks for listening, and sleep well." },
      ],
    },
  ],
});

function withLine(script: Script, segment: number, line: number, text: string): Script {
  const copy = structuredClone(script);
  copy.segments[segment]!.lines[line]!.text = text;
  return copy;
}

const dimension = (result: ReturnType<typeof scoreBrand>, key: string) => result.dimensions.find((d) => d.key === key)!;

function located(script: Script, v: { line: number; start: number; end: number }): string {
  return scriptLines(script)[v.line - 1]!.text.slice(v.start, v.end);
}

describe("scoreBrand", () => {
  it("scores a clean on-brand script at least 9.3 and passes", () => {
    const result = scoreBrand(clean(), show);
    expect(result.overall).toBeGreaterThanOrEqual(9.3);
    expect(result.passed).toBe(true);
    expect(result.method).toBe("rules");
    expect(result.threshold).toBe(9.3);
    expect(result.violations).toEqual([]);
    expect(Object.values(BRAND_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    for (const d of result.dimensions) expect(d.formula).not.toBe("");
  });

  it("locates a banned phrase exactly and scores lower", () => {
    const script = withLine(
      clean(),
      1,
      1,
      "The group that napped remembered 20% more words. Honestly, a Game-Changer? As far as we can tell, it helps.",
    );
    const result = scoreBrand(script, show);
    expect(result.overall).toBeLessThan(scoreBrand(clean(), show).overall);
    const [banned] = result.violations.filter((v) => v.rule === "banned-phrase");
    expect(banned).toMatchObject({ line: 5, segment: 1, dimension: "vocabulary" });
    expect(located(script, banned!).toLowerCase()).toBe("game-changer");
    expect(dimension(result, "vocabulary").inputs.bannedHits).toBe(1);
  });

  it("fails vocabulary when a required phrase is missing, pointing at the intro", () => {
    const script = withLine(clean(), 0, 0, "Hello and welcome. Today we talk about naps and memory.");
    const result = scoreBrand(script, show);
    const vocabulary = dimension(result, "vocabulary");
    expect(vocabulary.inputs.requiredMissing).toBe(1);
    expect(vocabulary.score).toBe(6);
    expect(vocabulary.passed).toBe(false);
    expect(result.passed).toBe(false);
    expect(result.violations.find((v) => v.rule === "missing-required-phrase")).toMatchObject({
      line: 1,
      start: 0,
      end: 0,
    });
  });

  it("locates overclaiming words", () => {
    const script = withLine(clean(), 0, 2, "One study found a nap proves that memory always improves.");
    const result = scoreBrand(script, show);
    const overclaims = result.violations.filter((v) => v.rule === "overclaim");
    expect(overclaims.map((v) => located(script, v))).toEqual(["proves", "always"]);
    expect(overclaims.every((v) => v.line === 3)).toBe(true);
    expect(dimension(result, "humility").score).toBe(6);
  });

  it("asks for humility markers near hedgeable claims", () => {
    let script = withLine(clean(), 0, 2, "A study found that a short nap helped people recall word pairs.");
    script = withLine(
      withLine(script, 1, 2, "But the sample was small."),
      1,
      1,
      "The group that napped remembered 20% more words.",
    );
    const result = scoreBrand(withLine(script, 2, 0, "So, to recap: a nap may help."), show);
    expect(dimension(result, "humility").score).toBeLessThan(10);
    expect(result.violations.some((v) => v.rule === "unhedged-claims")).toBe(true);
  });

  it("scores long sentences lower on audience and locates them", () => {
    const long =
      "The group that napped for about twenty minutes in the early afternoon remembered considerably more of the word pairs " +
      "they had studied that morning than the group that stayed awake and watched a documentary instead.";
    const script = withLine(clean(), 1, 1, `${long} As far as we can tell, that is a real gain.`);
    const result = scoreBrand(script, show);
    expect(dimension(result, "audience").score).toBeLessThan(dimension(scoreBrand(clean(), show), "audience").score);
    const v = result.violations.find((x) => x.rule === "long-sentence")!;
    expect(located(script, v)).toBe(long);
  });

  it("penalises a host who does all the talking and a missing sign-off", () => {
    const script: Script = {
      segments: [{ title: "All", lines: [{ speaker: "Ada", text: "Welcome to Signal and Noise. Naps help a bit." }] }],
    };
    const structure = dimension(scoreBrand(script, show), "structure");
    expect(structure.inputs.maxSpeakerShare).toBe(1);
    expect(structure.score).toBeLessThan(7);
  });

  it("flags shouting and sarcasm on tone", () => {
    const script = withLine(clean(), 1, 2, "Yeah right, a HUGE effect. OBVIOUSLY naps fix everything for you.");
    const tone = scoreBrand(script, show)
      .violations.filter((v) => v.dimension === "tone")
      .map((v) => located(script, v));
    // "HUGE" is four capitals, short enough to be an acronym; "OBVIOUSLY" both shouts and sneers.
    expect(tone).toEqual(["Yeah right", "OBVIOUSLY", "OBVIOUSLY"]);
  });

  it("blends an LLM judge 0.6 × rules + 0.4 × judge", () => {
    const rules = scoreBrand(clean(), show);
    const judge = { scores: rules.dimensions.map((d) => ({ dimension: d.key, score: 5, rationale: "meh" })) };
    const result = scoreBrand(clean(), show, { judge });
    expect(result.method).toBe("rules+llm-judge");
    for (const d of result.dimensions) {
      const r = rules.dimensions.find((x) => x.key === d.key)!.score;
      expect(d.score).toBeCloseTo(Math.round((0.6 * r + 0.4 * 5) * 10) / 10, 5);
      expect(d.inputs).toMatchObject({ rules: r, judge: 5 });
    }
    expect(result.overall).toBeLessThan(rules.overall);
  });
});
