import { asSchema, generateText, Output } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import type { Usage } from "@/lib/domain/usage";
import type { LanguageModelPort, StructuredRequest } from "@/lib/providers/llm/types";
import { createHostedWriter } from "./create-hosted-writer";
import { brandJudgementSchema } from "@/lib/domain/brand-dimensions";
import { contentJudgementSchema } from "@/lib/domain/content-judgement";
import { extractClaimsOutputSchema, judgeClaimsOutputSchema } from "./schemas";
import { briefSchema, type Brief, type JudgedClaim } from "@/lib/domain/research";
import { episodePlanSchema, type EpisodePlan } from "@/lib/domain/episode-plan";
import { scriptSchema } from "@/lib/domain/script";
import { TASK_SCHEMAS } from "./task-schemas";
import { PASSAGES, SHOW, SOURCES, TOPIC } from "./test-fixtures";
import type { WriterTask } from "./types";

const USAGE: Usage[] = [{ provider: "anthropic", model: "claude-test", unit: "input_token", quantity: 100 }];

/** A LanguageModelPort that records each request and answers with what the test queued for that purpose. */
function fakeModel(answers: Record<string, unknown>) {
  const requests: StructuredRequest<unknown>[] = [];
  const model: LanguageModelPort = {
    provider: "anthropic",
    modelFor: (purpose, tier) => `claude-${tier}`,
    health: async () => ({ ok: true, detail: "Anthropic answered" }),
    estimate: (request) => [
      {
        provider: "anthropic",
        model: `claude-${request.tier}`,
        unit: "output_token",
        quantity: request.maxOutputTokens ?? 0,
      },
    ],
    async generate<T>(request: StructuredRequest<T>) {
      requests.push(request as StructuredRequest<unknown>);
      // The brand validator asks two judges: the content judge is told apart by its schema.
      const key = (request.schema as unknown) === contentJudgementSchema ? "content-judge" : request.purpose;
      if (!(key in answers)) throw new Error(`no answer queued for ${key}`);
      return { object: request.schema.parse(answers[key]), usage: USAGE };
    },
  };
  return { model, requests };
}

const base = { show: SHOW, tier: "standard" as const };
const TWENTY = SOURCES["sleep-study"].slice(
  SOURCES["sleep-study"].indexOf("In a 2019 study"),
  SOURCES["sleep-study"].indexOf("stayed awake.") + "stayed awake.".length,
);
const SIX = SOURCES.replication.slice(
  SOURCES.replication.indexOf("A larger"),
  SOURCES.replication.indexOf("6 percent.") + "6 percent.".length,
);
const CAUTION =
  "The authors caution that only 48 students took part and that the results may not generalise to older adults.";

const brief: Brief = {
  keyPoints: [{ text: CAUTION, claimIndexes: [0], sourceIds: ["sleep-study"] }],
  openQuestions: [],
  uncertainty: [],
};
const plan: EpisodePlan = {
  segments: [
    {
      title: "Cold open",
      purpose: "Hook",
      targetSeconds: 60,
      speakers: ["Maya Chen", "Theo Marsh"],
      keyPointIndexes: [],
      hook: "Does sleep help you remember?",
    },
    {
      title: "Wrap-up",
      purpose: "Close",
      targetSeconds: 120,
      speakers: ["Maya Chen", "Theo Marsh"],
      keyPointIndexes: [0],
      hook: null,
    },
  ],
};
const judged: JudgedClaim[] = [
  {
    text: CAUTION,
    sourceId: "sleep-study",
    quote: CAUTION,
    verdict: "SUPPORTED",
    confidence: 0.9,
    evidence: [{ sourceId: "replication", quote: SIX, stance: "supports" }],
    reason: "ok",
  },
  {
    text: "Naps double recall.",
    sourceId: "nap-trial",
    quote: "Naps double recall.",
    verdict: "UNSUPPORTED",
    confidence: 0.8,
    evidence: [],
    reason: "no quote",
  },
];
const script = { segments: [{ title: "Cold open", lines: [{ speaker: "Maya Chen", text: "Hello." }] }] };

const INPUTS: { [K in WriterTask]: Parameters<ReturnType<typeof createHostedWriter>[K]>[0] } = {
  extractClaims: { ...base, topic: TOPIC, passages: PASSAGES, maxClaims: 2 },
  judgeClaims: { ...base, claims: [{ text: CAUTION, sourceId: "sleep-study", quote: CAUTION }], passages: PASSAGES },
  synthesize: { ...base, topic: TOPIC, claims: judged },
  planEpisode: {
    ...base,
    topic: TOPIC,
    brief,
    format: "TWO_HOSTS",
    hosts: ["Maya Chen", "Theo Marsh"],
    targetMinutes: 3,
  },
  writeScript: { ...base, topic: TOPIC, plan, brief, guidance: 'Avoid the phrase "sleep hack".' },
  reviseScript: { ...base, topic: TOPIC, script, editorLines: [], guidance: "Keep it under 3 minutes." },
  judgeBrand: { ...base, script },
  judgeContent: { ...base, script, keyPoints: [CAUTION], passages: PASSAGES },
};

const ANSWERS = {
  "research-deep-dive": {
    claims: [
      {
        text: "A replication found a 6 percent gain.",
        sourceId: "replication",
        quote: SIX,
        quoteStart: 0,
        quoteEnd: 5,
      },
      {
        text: "Sleep triples recall.",
        sourceId: "sleep-study",
        quote: "sleep triples recall in every adult",
        quoteStart: 10,
        quoteEnd: 40,
      },
      { text: "Only 48 students took part.", sourceId: "sleep-study", quote: CAUTION, quoteStart: 0, quoteEnd: 0 },
      { text: "A third claim past the limit.", sourceId: "sleep-study", quote: TWENTY, quoteStart: 0, quoteEnd: 0 },
    ],
  },
  "research-validation": {
    judgements: [
      {
        claimIndex: 0,
        verdict: "SUPPORTED",
        confidence: 0.9,
        evidence: [
          { sourceId: "sleep-study", quote: CAUTION, stance: "supports" },
          { sourceId: "nap-trial", quote: "Naps are a miracle.", stance: "supports" },
        ],
        reason: "Stated verbatim.",
      },
    ],
  },
  "research-synthesis": {
    keyPoints: [
      { text: "Only 48 students took part.", claimIndexes: [0, 0], sourceIds: ["made-up"] },
      { text: "Naps double recall.", claimIndexes: [1], sourceIds: ["nap-trial"] },
    ],
    openQuestions: ["Does it hold for older adults?", " "],
    uncertainty: [],
  },
  "episode-planner": {
    segments: [
      {
        title: "Open",
        purpose: "Hook",
        targetSeconds: 100,
        speakers: ["maya chen", "Dr. Nobody"],
        keyPointIndexes: [0, 7],
        hook: "Why sleep?",
      },
      { title: "", purpose: "Close", targetSeconds: 100, speakers: ["Zed"], keyPointIndexes: [], hook: " " },
    ],
  },
  "script-writer": {
    segments: [
      {
        title: "Cold open",
        lines: [
          { speaker: "Maya", text: "Today: memory. This is a game-changer for students. Stay with us." },
          { speaker: "The Narrator", text: "Here is a sleep hack. And here is the evidence." },
        ],
      },
    ],
  },
  "brand-validator": {
    scores: [
      { dimension: "tone", score: 9, rationale: "Warm." },
      { dimension: "tone", score: 2, rationale: "Duplicate." },
      { dimension: "vocabulary", score: 8, rationale: "Plain." },
      { dimension: "humility", score: 9.5, rationale: "Hedged." },
      { dimension: "audience", score: 8, rationale: "Fits." },
      { dimension: "structure", score: 7, rationale: "Clear." },
    ],
  },
  "content-judge": {
    engagement: { score: 6, reason: "One greeting,\n  nothing else." },
    clarity: { score: 8, reason: "Short." },
    accuracy: { score: 5, reason: "x".repeat(400) },
  },
};

describe("hosted writer", () => {
  it("sends each task's output schema, its stage as purpose, and the show's brand profile in the system prompt", async () => {
    const { model, requests } = fakeModel(ANSWERS);
    const writer = createHostedWriter(model);
    expect(writer.id).toBe("anthropic");
    await writer.extractClaims(INPUTS.extractClaims);
    await writer.judgeClaims(INPUTS.judgeClaims);
    await writer.synthesize(INPUTS.synthesize);
    await writer.planEpisode(INPUTS.planEpisode);
    await writer.writeScript(INPUTS.writeScript);
    await writer.reviseScript(INPUTS.reviseScript);
    await writer.judgeBrand(INPUTS.judgeBrand);
    await writer.judgeContent(INPUTS.judgeContent);

    expect(requests.map((r) => [r.purpose, r.schema])).toEqual([
      ["research-deep-dive", extractClaimsOutputSchema],
      ["research-validation", judgeClaimsOutputSchema],
      ["research-synthesis", briefSchema],
      ["episode-planner", episodePlanSchema],
      ["script-writer", scriptSchema],
      ["script-writer", scriptSchema],
      ["brand-validator", brandJudgementSchema],
      ["content-judge", contentJudgementSchema],
    ]);
    for (const r of requests) {
      expect(r.tier).toBe("standard");
      expect(r.system).toContain(SHOW.tone);
      for (const banned of SHOW.bannedPhrases) expect(r.system).toContain(banned);
      expect(r.maxOutputTokens).toBeGreaterThan(0);
    }
    expect(requests[0]!.prompt).toContain(`[source replication, start `);
    expect(requests[3]!.prompt).toContain("180 seconds");
    expect(requests[4]!.prompt).toContain('Avoid the phrase "sleep hack".');
  });

  it("judges content against the key points and the source excerpts, with each reason on one short line", async () => {
    const { model, requests } = fakeModel(ANSWERS);
    const { output, usage } = await createHostedWriter(model).judgeContent(INPUTS.judgeContent);
    expect(usage).toEqual(USAGE);
    expect(output).toEqual({
      model: "claude-test",
      judgement: {
        engagement: { score: 6, reason: "One greeting, nothing else." },
        clarity: { score: 8, reason: "Short." },
        accuracy: { score: 5, reason: "x".repeat(240) },
      },
    });
    expect(requests[0]!.prompt).toContain(`0. ${CAUTION}`);
    expect(requests[0]!.prompt).toContain("[source replication, start ");
    expect(requests[0]!.prompt).toContain("Maya Chen: Hello.");
  });

  it("drops a claim whose quote is not in its source, fixes offsets, and keeps to maxClaims", async () => {
    const { output, usage } = await createHostedWriter(fakeModel(ANSWERS).model).extractClaims(INPUTS.extractClaims);
    expect(usage).toEqual(USAGE);
    expect(output.claims.map((c) => c.text)).toEqual([
      "A replication found a 6 percent gain.",
      "Only 48 students took part.",
    ]);
    for (const c of output.claims)
      expect(SOURCES[c.sourceId as keyof typeof SOURCES].slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
  });

  it("drops fabricated evidence, and a claim the model skipped is UNSUPPORTED", async () => {
    const input = {
      ...INPUTS.judgeClaims,
      claims: [
        ...INPUTS.judgeClaims.claims,
        { text: "Naps double recall.", sourceId: "nap-trial", quote: "Naps double recall." },
      ],
    };
    const { output } = await createHostedWriter(fakeModel(ANSWERS).model).judgeClaims(input);
    expect(output.judgements[0]).toMatchObject({
      claimIndex: 0,
      verdict: "SUPPORTED",
      evidence: [{ sourceId: "sleep-study", quote: CAUTION, stance: "supports" }],
    });
    expect(output.judgements[1]).toMatchObject({ claimIndex: 1, verdict: "UNSUPPORTED", confidence: 0 });
  });

  it("downgrades a SUPPORTED verdict whose own quote is not in its source", async () => {
    const input = { ...INPUTS.judgeClaims, claims: [{ text: CAUTION, sourceId: "nap-trial", quote: CAUTION }] };
    const { output } = await createHostedWriter(fakeModel(ANSWERS).model).judgeClaims(input);
    expect(output.judgements[0]!.verdict).toBe("UNSUPPORTED");
  });

  it("keeps only SUPPORTED claims behind key points and recomputes their sources", async () => {
    const { output } = await createHostedWriter(fakeModel(ANSWERS).model).synthesize(INPUTS.synthesize);
    expect(output.keyPoints).toEqual([
      { text: "Only 48 students took part.", claimIndexes: [0], sourceIds: ["sleep-study", "replication"] },
    ]);
    expect(output.openQuestions).toEqual(["Does it hold for older adults?"]);
  });

  it("repairs a plan: durations add up to the target, speakers are hosts, key points exist", async () => {
    const { output } = await createHostedWriter(fakeModel(ANSWERS).model).planEpisode(INPUTS.planEpisode);
    expect(output.segments.reduce((n, s) => n + s.targetSeconds, 0)).toBe(180);
    expect(output.segments.map((s) => s.speakers)).toEqual([["Maya Chen"], ["Maya Chen"]]);
    expect(output.segments[0]!.keyPointIndexes).toEqual([0]);
    expect(output.segments[1]).toMatchObject({ title: "Segment 2", hook: null });
  });

  it("enforces the brand contract on a script: banned sentences cut, speakers cast, required phrases added", async () => {
    const { output } = await createHostedWriter(fakeModel(ANSWERS).model).writeScript(INPUTS.writeScript);
    const lines = output.segments.flatMap((s) => s.lines);
    const text = lines.map((l) => l.text).join(" ");
    expect(text).not.toMatch(/game-changer|sleep hack/i);
    expect(text).toContain("Stay with us.");
    expect(text).toContain("And here is the evidence.");
    expect(lines.map((l) => l.speaker)).toEqual(["Maya Chen", "Maya Chen", "Maya Chen"]);
    expect(lines[0]!.text.startsWith("Welcome to Signal and Noise.")).toBe(true);
    expect(lines.at(-1)!.text).toBe("Thanks for listening.");
  });

  it("revises the given script: the prompt carries it and asks for the smallest change; the comment is never said", async () => {
    const current = {
      segments: [
        {
          title: "Cold open",
          lines: [
            { speaker: "Maya Chen", text: "Welcome to Signal and Noise. My own edit about pillows." },
            { speaker: "Theo Marsh", text: "Here is a sleep hack. And here is the evidence." },
            { speaker: "Maya Chen", text: "Thanks for listening." },
          ],
        },
      ],
    };
    const guidance = 'Keep it under 3 minutes. Keep my edits to the cold open. Avoid "sleep hack".';
    const answer = {
      segments: [
        {
          title: "Cold open",
          lines: [
            current.segments[0]!.lines[0]!,
            {
              speaker: "Theo",
              text: "A note from our editor shaped this episode. Keep my edits to the cold open. Here is a sleep hack. And here is the evidence.",
            },
            current.segments[0]!.lines[2]!,
          ],
        },
      ],
    };
    const { model, requests } = fakeModel({ "script-writer": answer });
    const { output } = await createHostedWriter(model).reviseScript({
      ...base,
      topic: TOPIC,
      script: current,
      editorLines: [current.segments[0]!.lines[0]!.text],
      guidance,
    });
    expect(requests[0]).toMatchObject({ purpose: "script-writer", schema: scriptSchema });
    expect(requests[0]!.prompt).toContain("Theo Marsh: Here is a sleep hack. And here is the evidence.");
    expect(requests[0]!.prompt).toContain(guidance);
    expect(requests[0]!.prompt).toContain(
      "Lines the editor wrote (keep them exactly unless the feedback is about them):\nWelcome to Signal and Noise. My own edit about pillows.",
    );
    expect(requests[0]!.system).toContain("smallest revision");
    expect(output.segments[0]!.lines).toEqual([
      current.segments[0]!.lines[0],
      { speaker: "Theo Marsh", text: "And here is the evidence." },
      current.segments[0]!.lines[2],
    ]);
  });

  it("lists each line comment with its lines in the revision prompt, and cuts a line that reads one out", async () => {
    const current = {
      segments: [
        {
          title: "Cold open",
          lines: [
            { speaker: "Maya Chen", text: "Welcome to Signal and Noise." },
            { speaker: "Theo Marsh", text: "Forty-eight students slept and remembered more." },
            { speaker: "Maya Chen", text: "Thanks for listening." },
          ],
        },
      ],
    };
    const comment = "Say the sample of students was small, so we hedge";
    const answer = {
      segments: [
        {
          title: "Cold open",
          lines: [
            current.segments[0]!.lines[0]!,
            current.segments[0]!.lines[1]!,
            { speaker: "Theo Marsh", text: "That was a small group, so hold it loosely." },
            { speaker: "Maya Chen", text: "Say the sample of students was small, so we hedge." },
            current.segments[0]!.lines[2]!,
          ],
        },
      ],
    };
    const { model, requests } = fakeModel({ "script-writer": answer });
    const { output } = await createHostedWriter(model).reviseScript({
      ...base,
      topic: TOPIC,
      script: current,
      editorLines: [],
      guidance: "See the comments on the lines.",
      lineGuidance: [{ firstLine: 2, lastLine: 2, text: comment }],
    });
    expect(requests[0]!.prompt).toContain(
      `- Line 2 (Theo Marsh: Forty-eight students slept and remembered more.)\n  Comment: ${comment}`,
    );
    expect(output.segments[0]!.lines.map((l) => l.text)).toEqual([
      "Welcome to Signal and Noise.",
      "Forty-eight students slept and remembered more.",
      "That was a small group, so hold it loosely.",
      "Thanks for listening.",
    ]);
  });

  it("keeps one brand score per dimension, and none when the model skips a dimension", async () => {
    const writer = createHostedWriter(fakeModel(ANSWERS).model);
    const { output } = await writer.judgeBrand(INPUTS.judgeBrand);
    expect(output!.scores.map((s) => [s.dimension, s.score])).toEqual([
      ["tone", 9],
      ["vocabulary", 8],
      ["humility", 9.5],
      ["audience", 8],
      ["structure", 7],
    ]);
    const partial = { "brand-validator": { scores: ANSWERS["brand-validator"].scores.slice(0, 3) } };
    expect((await createHostedWriter(fakeModel(partial).model).judgeBrand(INPUTS.judgeBrand)).output).toBeNull();
  });

  it("estimates through the model with the task's own output budget", () => {
    const writer = createHostedWriter(fakeModel(ANSWERS).model);
    const short = writer.estimate("writeScript", INPUTS.writeScript)[0]!;
    const long = writer.estimate("writeScript", {
      ...INPUTS.writeScript,
      plan: { segments: plan.segments.map((s) => ({ ...s, targetSeconds: s.targetSeconds * 10 })) },
    })[0]!;
    expect(short.model).toBe("claude-standard");
    expect(Number(long.quantity)).toBeGreaterThan(Number(short.quantity) * 5);
    expect(writer.estimate("extractClaims", { ...INPUTS.extractClaims, tier: "economy" })[0]!.model).toBe(
      "claude-economy",
    );
  });

  it("refuses a provider it has no adapter for", () => {
    expect(() => createHostedWriter({ ...fakeModel({}).model, provider: "mistral" })).toThrow(/mistral/);
  });
});

describe("output schemas with the AI SDK", () => {
  it.each(Object.keys(TASK_SCHEMAS) as WriterTask[])(
    "%s: strict JSON schema (every property required, no string lengths)",
    async (task) => {
      const json = JSON.stringify(await asSchema(TASK_SCHEMAS[task].answer).jsonSchema);
      const objects: { properties: Record<string, unknown>; required?: string[] }[] = [];
      JSON.parse(json, (key, value) => {
        if (value && typeof value === "object" && "properties" in value) objects.push(value);
        return value;
      });
      expect(objects.length).toBeGreaterThan(0);
      for (const o of objects) expect(new Set(o.required)).toEqual(new Set(Object.keys(o.properties)));
      expect(json).not.toMatch(/minLength|maxLength/);
    },
  );

  it("parses a model's structured answer through generateText with MockLanguageModelV3", async () => {
    const mock = new MockLanguageModelV3({
      doGenerate: async () => ({
        content: [{ type: "text", text: JSON.stringify(ANSWERS["research-deep-dive"]) }],
        finishReason: { unified: "stop", raw: undefined },
        usage: {
          inputTokens: { total: 50, noCache: 50, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: 20, text: 20, reasoning: undefined },
        },
        warnings: [],
      }),
    });
    // The port as create-hosted-model builds it, over the mock instead of a provider.
    const port: LanguageModelPort = {
      ...fakeModel({}).model,
      async generate<T>(request: StructuredRequest<T>) {
        const result = await generateText({
          model: mock,
          system: request.system,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema }),
        });
        return {
          object: result.output as T,
          usage: [
            { provider: "anthropic", model: "mock", unit: "output_token", quantity: result.usage.outputTokens ?? 0 },
          ],
        };
      },
    };
    const { output, usage } = await createHostedWriter(port).extractClaims(INPUTS.extractClaims);
    expect(output.claims).toHaveLength(2);
    expect(usage[0]!.quantity).toBe(20);
    const sent = mock.doGenerateCalls[0]!;
    expect(sent.responseFormat).toMatchObject({ type: "json" });
    expect(JSON.stringify(sent.prompt)).toContain(SHOW.tone);
  });
});
