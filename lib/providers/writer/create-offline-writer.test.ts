import { describe, expect, it } from "vitest";
import type { StageShow } from "@/lib/domain/stage-inputs";
import { scoreBrand } from "@/lib/quality/brand/score-brand";
import { echoesGuidance } from "@/lib/text/echoes-guidance";
import { createOfflineWriter } from "./create-offline-writer";
import { briefSchema, type Brief, type ClaimToJudge, type JudgedClaim } from "@/lib/domain/research";
import { episodePlanSchema, type EpisodeFormat, type EpisodePlan } from "@/lib/domain/episode-plan";
import { extractClaimsOutputSchema, judgeClaimsOutputSchema } from "./schemas";
import { scriptSchema, type Script } from "@/lib/domain/script";
import { type ShowProfile } from "@/lib/domain/show-profile";
import { PASSAGES, SHOW, SOURCES, TOPIC, type SourceId } from "./test-fixtures";
import { countWords } from "@/lib/text/spoken-form";

const writer = createOfflineWriter();
const base = { show: SHOW, tier: "standard" as const };
const HOSTS = SHOW.hosts.map((h) => h.name);
const TWENTY = "recalled 20% more pairs";
const CAUTION = "The authors caution that only 48 students took part";

async function research() {
  const { output: extracted } = await writer.extractClaims({
    ...base,
    topic: TOPIC,
    passages: PASSAGES,
    maxClaims: 10,
  });
  const twenty = extracted.claims.find((c) => c.quote.includes(TWENTY))!;
  // Hand-made claims that misstate their own quotes: a changed number, a flipped negation, an unrelated statement.
  const madeUp: ClaimToJudge[] = [
    {
      text: "Students who slept after learning word pairs recalled 40% more pairs the next morning.",
      sourceId: "sleep-study",
      quote: twenty.quote,
    },
    {
      text: "Researchers found that the benefit was not largest for pairs learned just before sleep.",
      sourceId: "sleep-study",
      quote: "Researchers found that the benefit was\nlargest for pairs learned just before sleep.",
    },
    { text: "Coffee before bed protects memory in older adults.", sourceId: "sleep-study", quote: twenty.quote },
    { text: "Naps double recall.", sourceId: "nap-trial", quote: "Naps double recall for everyone." },
  ];
  const claims: ClaimToJudge[] = [...extracted.claims, ...madeUp];
  const { output: judged } = await writer.judgeClaims({ ...base, claims, passages: PASSAGES });
  const judgedClaims: JudgedClaim[] = claims.map((c, i) => ({ ...c, ...judged.judgements[i]! }));
  const { output: brief } = await writer.synthesize({ ...base, topic: TOPIC, claims: judgedClaims });
  return { extracted, claims, madeUp, judged, judgedClaims, brief };
}

const plan = async (
  brief: Brief,
  targetMinutes: number,
  format: EpisodeFormat = "TWO_HOSTS",
  hosts = HOSTS.slice(0, 2),
) => (await writer.planEpisode({ ...base, topic: TOPIC, brief, format, hosts, targetMinutes })).output;

const write = async (
  brief: Brief,
  episodePlan: EpisodePlan,
  guidance: string | null = null,
  show: ShowProfile = SHOW,
) => (await writer.writeScript({ ...base, show, topic: TOPIC, plan: episodePlan, brief, guidance })).output;

const lines = (script: Script) => script.segments.flatMap((s) => s.lines);
const fullText = (script: Script) =>
  lines(script)
    .map((l) => l.text)
    .join("\n");
const wordCount = (script: Script) => countWords(fullText(script));

describe("offline writer: research", () => {
  it("extracts claims whose quotes are exact substrings of their sources, at their offsets", async () => {
    const { extracted } = await research();
    expect(extractClaimsOutputSchema.parse(extracted)).toEqual(extracted);
    expect(extracted.claims.length).toBeGreaterThanOrEqual(6);
    expect(extracted.claims.length).toBeLessThanOrEqual(10);
    for (const claim of extracted.claims) {
      expect(SOURCES[claim.sourceId as SourceId].slice(claim.quoteStart, claim.quoteEnd)).toBe(claim.quote);
      expect(claim.text).not.toMatch(/\n|^#/);
    }
    const quotes = extracted.claims.map((c) => c.quote);
    expect(quotes.some((q) => q.includes(TWENTY))).toBe(true);
    expect(quotes.some((q) => q.startsWith(CAUTION))).toBe(true);
    // Every source is heard, and no heading is taken for a claim.
    expect(new Set(extracted.claims.map((c) => c.sourceId))).toEqual(new Set(Object.keys(SOURCES)));
    expect(quotes.some((q) => /Sleep and memory consolidation|Replication notes/.test(q))).toBe(false);
  });

  it("ranks sentences about the topic above sentences that are not, and honours maxClaims", async () => {
    const { output } = await writer.extractClaims({
      ...base,
      topic: "afternoon nap video break",
      passages: PASSAGES,
      maxClaims: 2,
    });
    expect(output.claims).toHaveLength(2);
    expect(output.claims[0]!.quote).toContain("60-minute nap improved recall");
  });

  it("finds a hand-made claim that its own quote does not state UNSUPPORTED", async () => {
    const { judged, extracted } = await research();
    const madeUpVerdicts = judged.judgements.slice(extracted.claims.length);
    expect(madeUpVerdicts.map((j) => j.verdict)).toEqual(["UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED"]);
    expect(madeUpVerdicts[0]!.reason).toMatch(/40%/);
    expect(madeUpVerdicts[1]!.reason).toMatch(/negated/);
    expect(madeUpVerdicts[3]!.reason).toMatch(/not in the source it cites/);
    // An editor reads the reason beside the quoted passage and its title: a source's id means nothing to them.
    const ids = [...new Set(PASSAGES.map((p) => p.sourceId))];
    for (const j of judged.judgements) for (const id of ids) expect(j.reason).not.toContain(id);
  });

  it("finds the 20% claim CONTRADICTED by the replication's 6 percent, with that source as evidence", async () => {
    const { judged, claims } = await research();
    expect(judgeClaimsOutputSchema.parse(judged)).toEqual(judged);
    const at = claims.findIndex((c) => c.quote.includes(TWENTY));
    const verdict = judged.judgements[at]!;
    expect(verdict.verdict).toBe("CONTRADICTED");
    expect(verdict.evidence).toContainEqual(
      expect.objectContaining({ sourceId: "replication", stance: "contradicts" }),
    );
    const contra = verdict.evidence.find((e) => e.stance === "contradicts")!;
    expect(contra.quote).toContain("6 percent");
    expect(SOURCES.replication).toContain(contra.quote);
    // Supported claims keep their own quote as evidence and are not flagged by the other sources.
    const caution = judged.judgements[claims.findIndex((c) => c.quote.startsWith(CAUTION))]!;
    expect(caution.verdict).toBe("SUPPORTED");
    expect(caution.confidence).toBeGreaterThan(0.7);
    expect(caution.evidence[0]).toMatchObject({ sourceId: "sleep-study", stance: "supports" });
  });

  it("builds a brief whose key points rest only on SUPPORTED claims; doubts become uncertainty and questions", async () => {
    const { brief, judgedClaims, madeUp } = await research();
    expect(briefSchema.parse(brief)).toEqual(brief);
    expect(brief.keyPoints.length).toBeGreaterThan(3);
    for (const point of brief.keyPoints) {
      expect(point.claimIndexes.length).toBeGreaterThan(0);
      for (const i of point.claimIndexes) expect(judgedClaims[i]!.verdict).toBe("SUPPORTED");
      expect(point.sourceIds).toContain(judgedClaims[point.claimIndexes[0]!]!.sourceId);
    }
    const keyText = brief.keyPoints.map((k) => k.text).join("\n");
    expect(keyText).not.toMatch(/20%|6 percent|40%|Coffee|not largest/);
    expect(brief.uncertainty.join(" ")).toMatch(/disagree.*6 percent.*20%|disagree.*20%.*6 percent/s);
    expect(brief.openQuestions.some((q) => q.includes("40%") && q.endsWith("?"))).toBe(true);
    expect(madeUp.every((m) => !keyText.includes(m.text))).toBe(true);
  });
});

describe("offline writer: synthesis with every claim supported", () => {
  it("asks no stock open question a topic does not raise", async () => {
    const claims: JudgedClaim[] = [
      {
        text: "Henry Winstanley built the first lighthouse on the Eddystone Rocks in 1698.",
        sourceId: "history",
        quote: "Henry Winstanley built the first lighthouse on the Eddystone Rocks in 1698.",
        verdict: "SUPPORTED",
        confidence: 0.9,
        evidence: [],
        reason: "stated by the source",
      },
    ];
    const { output } = await writer.synthesize({ ...base, topic: "Why lighthouses mattered", claims });
    expect(output.keyPoints).toHaveLength(1);
    expect(output.openQuestions).toEqual([]);
  });
});

describe("offline writer: planning", () => {
  it.each([3, 10, 30])("plans a %i-minute episode that adds up to the target for 1 to 4 speakers", async (minutes) => {
    const { brief } = await research();
    const cases: [EpisodeFormat, number][] = [
      ["SOLO", 1],
      ["TWO_HOSTS", 2],
      ["INTERVIEW", 2],
      ["PANEL", 3],
      ["PANEL", 4],
    ];
    for (const [format, count] of cases) {
      const hosts = HOSTS.slice(0, count);
      const p = await plan(brief, minutes, format, hosts);
      expect(episodePlanSchema.parse(p)).toEqual(p);
      const total = p.segments.reduce((sum, s) => sum + s.targetSeconds, 0);
      expect(Math.abs(total - minutes * 60)).toBeLessThanOrEqual(minutes * 60 * 0.1);
      expect(new Set(p.segments.flatMap((s) => s.speakers))).toEqual(new Set(hosts));
      const indexes = p.segments.flatMap((s) => s.keyPointIndexes);
      expect(new Set(indexes).size).toBe(indexes.length);
      for (const i of indexes) expect(brief.keyPoints[i]).toBeDefined();
      expect(p.segments[0]!.hook).toBeTruthy();
      expect(p.segments.every((s) => s.targetSeconds > 0)).toBe(true);
    }
  });

  it("gives a longer episode more body segments, and covers the whole brief in three minutes when it has room", async () => {
    const { brief } = await research();
    const short = await plan(brief, 3);
    const long = await plan(brief, 30);
    expect(long.segments.length).toBeGreaterThan(short.segments.length);
    // A point needs about 12 s aloud (a question and the point said for the ear): 145 s of body carries all eight,
    // the one the cold open's hook says and the seven the body does.
    const covered = (p: EpisodePlan) => p.segments.flatMap((s) => s.keyPointIndexes).length + 1;
    expect(short.segments[0]!.hook).toContain(
      brief.keyPoints.find((_, i) => !short.segments.some((s) => s.keyPointIndexes.includes(i)))!.text.slice(0, 20),
    );
    expect(covered(short)).toBe(brief.keyPoints.length);
    expect(covered(long)).toBe(brief.keyPoints.length);
    // One point per 12 s of body: a one-minute episode takes only what fits.
    const tiny = await plan(brief, 1);
    expect(covered(tiny)).toBeLessThan(brief.keyPoints.length);
  });
});

describe("offline writer: script", () => {
  // Three short sources carry about three minutes: a 10-minute plan on them comes out short rather than padded with
  // lines that say the points again, or with talk any episode could have (the content score counts every one).
  it.each([
    [3, 0.85],
    [10, 0.25],
  ])(
    "writes a %i-minute script at 150 words a minute, at most 15 percent over and at least %s of it, in the show's voice",
    async (minutes, least) => {
      const { brief } = await research();
      const script = await write(brief, await plan(brief, minutes));
      expect(scriptSchema.parse(script)).toEqual(script);
      const words = wordCount(script);
      expect(words).toBeGreaterThanOrEqual(minutes * 150 * least);
      expect(words).toBeLessThanOrEqual(minutes * 150 * 1.15);

      const text = fullText(script);
      expect(new Set(lines(script).map((l) => l.speaker))).toEqual(new Set(HOSTS.slice(0, 2)));
      expect(lines(script)[0]!.text).toContain("Welcome to Signal and Noise");
      expect(lines(script).at(-1)!.text).toContain("Thanks for listening");
      for (const banned of SHOW.bannedPhrases) expect(text.toLowerCase()).not.toContain(banned.toLowerCase());
      expect(SHOW.humilityMarkers.some((m) => text.toLowerCase().includes(m.toLowerCase()))).toBe(true);
      // Written for the ear: questions between the hosts, and no sentence longer than a breath.
      expect(lines(script).filter((l) => l.text.trim().endsWith("?")).length).toBeGreaterThan(3);
      const longest = Math.max(...text.split(/(?<=[.!?])\s+/).map(countWords));
      expect(longest).toBeLessThanOrEqual(40);
    },
  );

  it("says a hedged point with a humility marker", async () => {
    const { brief } = await research();
    const script = await write(brief, await plan(brief, 3));
    const caution = lines(script).find((l) => /only 48 students took part/i.test(l.text))!;
    expect(SHOW.humilityMarkers.some((m) => caution.text.toLowerCase().includes(m.toLowerCase()))).toBe(true);
  });

  it("acts on guidance: says what the editor asked and drops the phrases the brand check named", async () => {
    const { brief } = await research();
    const p = await plan(brief, 10);
    const before = fullText(await write(brief, p));
    expect(before).not.toContain("the sample was small");
    expect(before).toContain("Here's our question for you");

    const after = await write(
      brief,
      p,
      'Mention that the sample was small. Brand check: banned phrase "Here\'s our question for you" used once. Keep it warm for the cold open.',
    );
    const text = fullText(after);
    // An instruction is acted on, never read out, and no line says there was a note from the editor.
    expect(lines(after).filter((l) => echoesGuidance(l.text, "Keep it warm for the cold open."))).toEqual([]);
    // Said as a statement on air, not read out as the editor's instruction.
    expect(lines(after).some((l) => l.text.includes("the sample was small") && !/mention/i.test(l.text))).toBe(true);
    expect(text).not.toContain("Here's our question for you");
    expect(text).toContain("Welcome to Signal and Noise");
  });

  it("never says a banned phrase, even when a key point quotes one", async () => {
    const brief: Brief = {
      keyPoints: [
        {
          text: "Some headlines called napping a game-changer for students, but the effect faded after a week.",
          claimIndexes: [0],
          sourceIds: ["nap-trial"],
        },
      ],
      openQuestions: [],
      uncertainty: [],
    };
    const script = await write(brief, await plan(brief, 3));
    expect(fullText(script).toLowerCase()).not.toContain("game-changer");
  });

  it("writes a 30-minute panel from a thin brief without repeating a line or padding it out, every panellist speaking", async () => {
    const { brief } = await research();
    const script = await write(brief, await plan(brief, 30, "PANEL", HOSTS));
    const said = lines(script).map((l) => l.text.toLowerCase().replace(/\s+/g, " ").trim());
    expect(new Set(said).size).toBe(said.length);
    expect(new Set(lines(script).map((l) => l.speaker))).toEqual(new Set(HOSTS));
    // Eight key points from three short sources cannot fill 30 minutes: the follow-ups run out before the length
    // does, and the script comes out short rather than padded with talk that repeats the points.
    expect(wordCount(script)).toBeGreaterThanOrEqual(30 * 150 * 0.08);
    expect(wordCount(script)).toBeLessThanOrEqual(30 * 150 * 1.15);
  });

  it("speaks alone in a solo episode, with the show's own sign-off", async () => {
    const { brief } = await research();
    const show: ShowProfile = { ...SHOW, requiredPhrases: ["Hello and welcome to The Lab", "Stay curious"] };
    const script = await write(brief, await plan(brief, 3, "SOLO", ["Maya Chen"]), null, show);
    expect(new Set(lines(script).map((l) => l.speaker))).toEqual(new Set(["Maya Chen"]));
    expect(lines(script)[0]!.text).toContain("Hello and welcome to The Lab");
    expect(fullText(script)).toContain("Stay curious");
  });

  it("is deterministic: the same inputs give the same script", async () => {
    const { brief } = await research();
    const p = await plan(brief, 10);
    expect(await write(brief, p)).toEqual(await write(brief, p));
  });
});

describe("offline writer: port", () => {
  it("meters usage as the offline provider, and estimates exactly what a call uses", async () => {
    const input = { ...base, topic: TOPIC, passages: PASSAGES, maxClaims: 5 };
    const { usage } = await writer.extractClaims(input);
    expect(usage).toEqual([
      { provider: "offline", model: "offline-writer", unit: "input_token", quantity: expect.any(Number) },
      { provider: "offline", model: "offline-writer", unit: "output_token", quantity: expect.any(Number) },
    ]);
    expect(Number(usage[0]!.quantity)).toBeGreaterThan(PASSAGES.reduce((n, p) => n + p.text.length, 0) / 4);
    expect(writer.estimate("extractClaims", input)).toEqual(usage);
  });

  it("writes scripts that pass the show's own brand rules, every run of findings said with humility", async () => {
    const { brief } = await research();
    const stageShow: StageShow = {
      ...SHOW,
      id: "s1",
      pronunciationLexicon: [],
      brandThreshold: 9.3,
      dimensionThreshold: 7,
      targetReadingGrade: 9,
      hosts: SHOW.hosts.map((h) => ({ ...h, localVoice: "slt", hostedVoice: null })),
    };
    for (const minutes of [3, 10]) {
      const score = scoreBrand(await write(brief, await plan(brief, minutes)), stageShow);
      const humility = score.dimensions.find((d) => d.key === "humility")!;
      expect(humility.inputs.coveredGroups).toBe(humility.inputs.claimGroups);
      expect(humility.inputs.overclaims).toBe(0);
      expect(score.overall).toBeGreaterThanOrEqual(9.3);
      expect(score.passed).toBe(true);
    }
  });

  it("has no brand judge without a model", async () => {
    const { brief } = await research();
    const script = await write(brief, await plan(brief, 3));
    expect(await writer.judgeBrand({ ...base, script })).toEqual({ output: null, usage: [] });
  });

  it("accepts the pipeline's show as the brand profile, and rejects malformed input", async () => {
    const stageShow: StageShow = {
      ...SHOW,
      id: "s1",
      pronunciationLexicon: [],
      brandThreshold: 9.3,
      dimensionThreshold: 7,
      targetReadingGrade: 9,
      hosts: SHOW.hosts.map((h) => ({ ...h, localVoice: "slt", hostedVoice: null })),
    };
    await expect(
      writer.extractClaims({ show: stageShow, tier: "economy", topic: TOPIC, passages: PASSAGES, maxClaims: 3 }),
    ).resolves.toBeDefined();
    await expect(
      writer.planEpisode({
        ...base,
        topic: TOPIC,
        brief: { keyPoints: [], openQuestions: [], uncertainty: [] },
        format: "SOLO",
        hosts: [],
        targetMinutes: 5,
      }),
    ).rejects.toThrow();
  });
});
