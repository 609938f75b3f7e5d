import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import type { Usage } from "@/lib/domain/usage";
import type { StageScript } from "@/lib/domain/stage-inputs";
import { createWriter } from "@/lib/providers/writer/create-writer";
import { SHOW, SOURCES } from "@/lib/providers/writer/test-fixtures";
import { startLocalProvider } from "@/test/local-provider-server";
import { assessQuality } from "@/lib/quality/assessment/assess-quality";
import { episode, goodQualityInputs } from "@/lib/quality/assessment/episode.fixture";
import { BudgetExceededError } from "@/lib/domain/budget";
import { brandOutputSchema, brandValidator } from "./stages/brand-validator";
import { contentJudge } from "./stages/content-judge";
import { judgeContent } from "./judge-content";
import type { StageContext } from "./types";

// A local server speaking OpenAI's chat-completions wire format (as Ollama, llama.cpp, LM Studio and vLLM do):
// each test queues the assistant's answers, or an HTTP error, and reads back what it was sent.
type Reply = { content: string } | { status: number };
let replies: Reply[] = [];
let server: Awaited<ReturnType<typeof startLocalProvider>>;

beforeAll(async () => {
  server = await startLocalProvider(() => (_, res) => {
    const reply = replies.shift() ?? { status: 500 };
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "server error", type: "api_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "chatcmpl-1",
        object: "chat.completion",
        created: 1764700000,
        model: "qwen2.5:7b",
        choices: [{ index: 0, message: { role: "assistant", content: reply.content }, finish_reason: "stop" }],
        usage: { prompt_tokens: 900, completion_tokens: 60, total_tokens: 960 },
      }),
    );
  });
});
afterAll(() => server.close());
beforeEach(() => {
  replies = [];
  server.received.length = 0;
});

const JUDGEMENT = {
  engagement: { score: 6, reason: "Concrete numbers, but the co-host only asks stock questions." },
  clarity: { score: 8, reason: "Short sentences, easy to follow." },
  accuracy: { score: 4, reason: "Says the replication found 20 percent; it found 6." },
};
const script: StageScript = {
  id: "script-1",
  version: 1,
  segments: [
    {
      title: "Cold open",
      lines: [
        { speaker: "Maya Chen", text: "Welcome to Signal and Noise. One study found sleep helps memory." },
        { speaker: "Theo Marsh", text: "A 2023 replication with 600 students found a 20 percent gain." },
        { speaker: "Maya Chen", text: "Thanks for listening." },
      ],
    },
  ],
};
const KEY_POINT = "A 2023 replication with 600 students found a 6 percent gain in recall.";
const PASSAGES = Object.entries(SOURCES).map(([sourceId, text]) => ({ sourceId, text, start: 0 }));

/** A stage context whose meter records what it is asked, with the writer `env` configures. */
function context(env: Record<string, string>) {
  const log: string[] = [];
  const ctx = {
    show: {
      ...SHOW,
      id: "show-1",
      pronunciationLexicon: [],
      brandThreshold: 9,
      dimensionThreshold: 7,
      targetReadingGrade: 8,
      hosts: SHOW.hosts.map((h) => ({ ...h, localVoice: "kal", hostedVoice: null })),
    },
    tier: "standard",
    script,
    sources: Object.entries(SOURCES).map(([id, content]) => ({ id, title: id, content })),
    outputs: { "research-synthesis": { keyPoints: [{ text: KEY_POINT, claimIndexes: [0], sourceIds: ["r"] }] } },
    signal: new AbortController().signal,
    callRetry: { retries: 0, maxWaitMs: 0, baseDelayMs: 1, onRetry: () => undefined },
    providers: { writer: createWriter(env) },
    meter: {
      authorize: async (estimate: Usage[]) => (
        log.push(`hold ${estimate.map((u) => u.quantity).join("+")}`),
        { holdId: "h" }
      ),
      charge: async (u: Usage) => (log.push(`charge ${u.unit} ${u.quantity}`), new Decimal(0)),
      release: async () => void log.push("release"),
      settled: async () => undefined,
    },
  } as unknown as StageContext;
  return { ctx, log };
}
const local = () =>
  context({ LLM_PROVIDER: "openai-compatible", LLM_BASE_URL: `${server.url}/v1`, LLM_MODEL: "qwen2.5:7b" });
const promptOf = (i: number) =>
  (JSON.parse(server.received[i]!.body.toString()) as { messages: { content: string }[] }).messages
    .map((m) => m.content)
    .join("\n");

describe("the LLM content judge, on an OpenAI-compatible server", () => {
  it("scores the script against the key points and the sources, as a metered call", async () => {
    replies = [{ content: JSON.stringify(JUDGEMENT) }];
    const { ctx, log } = local();
    expect(await judgeContent(ctx, script, [KEY_POINT], PASSAGES)).toEqual({
      status: "scored",
      model: "qwen2.5:7b",
      judgement: JUDGEMENT,
    });
    expect(promptOf(0)).toContain(`0. ${KEY_POINT}`);
    expect(promptOf(0)).toContain("[source replication, start 0]\nReplication notes");
    expect(promptOf(0)).toContain("Theo Marsh: A 2023 replication with 600 students found a 20 percent gain.");
    expect(log).toEqual([
      expect.stringMatching(/^hold \d+\+1600$/),
      "charge input_token 900",
      "charge output_token 60",
      "release",
    ]);
  });

  it("is asked by its own stage, not the brand validator's; the assessment stores and combines it by the formula", async () => {
    const brandAnswer = {
      scores: ["tone", "vocabulary", "humility", "audience", "structure"].map((dimension) => ({
        dimension,
        score: 9,
        rationale: "Fits.",
      })),
    };
    replies = [{ content: JSON.stringify(brandAnswer) }, { content: JSON.stringify(JUDGEMENT) }];
    const { ctx, log } = local();
    const brand = brandOutputSchema.parse(await brandValidator.run(ctx));
    expect(brand.contentJudge).toBeUndefined();
    // The brand step pays for one call, the brand judge: a retry of it pays for nothing else.
    expect(server.received).toHaveLength(1);
    expect(log.filter((l) => l.startsWith("hold"))).toHaveLength(1);
    const judgedStage = contentJudge.output.parse(await contentJudge.run(ctx));
    expect(server.received).toHaveLength(2);
    expect(judgedStage).toEqual({
      scriptVersionId: "script-1",
      scriptVersion: 1,
      contentJudge: { status: "scored", model: "qwen2.5:7b", judgement: JUDGEMENT },
    });

    const { audio, sqi, assessment: measuredOnly } = episode();
    const judged = assessQuality({ ...goodQualityInputs, audio, sqi, contentJudge: judgedStage.contentJudge });
    const content = (a: typeof judged) => a.dimensions.find((d) => d.key === "content-engagement")!;
    // 0.7 × the measured 9.8 + 0.3 × (6 + 8 + 4) / 3 = 8.66
    expect(content(measuredOnly).score).toBe(9.8);
    expect(content(judged).score).toBe(8.7);
    expect(content(judged).inputs).toMatchObject({ measured: 9.8, judgeAccuracy: 4, judgeRubric: 6 });
    expect(judged.contentJudge).toEqual(judgedStage.contentJudge);
    expect(measuredOnly.contentJudge).toBeUndefined();
  });

  it("repairs a malformed answer once, and charges both calls", async () => {
    replies = [{ content: '```json\n{"engagement": {"score": 6}}\n```' }, { content: JSON.stringify(JUDGEMENT) }];
    const { ctx, log } = local();
    expect(await judgeContent(ctx, script, [KEY_POINT], PASSAGES)).toMatchObject({ status: "scored" });
    expect(promptOf(1)).toMatch(/That answer is not valid: engagement\.reason: Invalid input/);
    expect(log.slice(1, 3)).toEqual(["charge input_token 1800", "charge output_token 120"]);
  });

  it("leaves the measured score alone with the reason recorded when the answer stays malformed, and charges what it spent", async () => {
    replies = [{ content: "Great script, 9/10!" }, { content: '{"engagement": 9}' }];
    const { ctx, log } = local();
    const result = await judgeContent(ctx, script, [KEY_POINT], PASSAGES);
    expect(result).toEqual({
      status: "failed",
      reason: expect.stringMatching(
        new RegExp(
          `^The content judge gave no usable answer: OpenAI-compatible server at ${server.url} \\(model qwen2\\.5:7b\\) gave no valid answer, even when asked again with the errors: engagement: Invalid input`,
        ),
      ),
    });
    expect(log.slice(1)).toEqual(["charge input_token 1800", "charge output_token 120", "release"]);
    const { audio, sqi, assessment: measuredOnly } = episode();
    const assessed = assessQuality({ ...goodQualityInputs, audio, sqi, contentJudge: result });
    expect(assessed.dimensions[1]).toEqual(measuredOnly.dimensions[1]);
    expect(assessed.contentJudge).toEqual(result);
  });

  it("passes a transient failure on, for the step to retry", async () => {
    replies = [{ status: 503 }];
    await expect(judgeContent(local().ctx, script, [KEY_POINT], PASSAGES)).rejects.toThrow(/answered HTTP 503/);
  });

  it("is skipped, not paused for, when the budget leaves no room for it: nothing is asked or charged", async () => {
    const { ctx, log } = local();
    ctx.meter.authorize = async () => {
      throw new BudgetExceededError("episode", new Decimal("0.99"), new Decimal("0.02"), new Decimal("1"));
    };
    expect(await judgeContent(ctx, script, [KEY_POINT], PASSAGES)).toEqual({
      status: "failed",
      reason:
        "Skipped: the budget leaves no room for the content judge. This call could cost up to $0.0200, but only $0.0100 of the episode's hard cap ($1.00) is left.",
    });
    expect(server.received).toHaveLength(0);
    expect(log).toEqual([]);
  });

  it("reads the passage a key point cites, deep in one of ten long sources", async () => {
    replies = [{ content: JSON.stringify(JUDGEMENT) }];
    const { ctx } = local();
    const quote = "The 2023 replication with 600 students found a 6 percent gain in recall.";
    const filler = "Background material about other things entirely. ".repeat(300);
    ctx.sources = Array.from({ length: 10 }, (_, n) => ({
      id: `s${n}`,
      title: `Source ${n}`,
      content: n === 7 ? `${filler}${quote} ${filler}` : filler + filler,
    }));
    ctx.outputs["research-deep-dive"] = {
      claims: [
        { text: KEY_POINT, sourceId: "s7", quote, quoteStart: filler.length, quoteEnd: filler.length + quote.length },
      ],
    };
    await contentJudge.run(ctx);
    // An equal share of 24,000 characters (2,400 a source) stops far before character 15,000 of s7.
    expect(promptOf(0)).toContain(`[source s7, start ${filler.length}]\n${quote}`);
  });
});

describe("offline", () => {
  it("asks no judge and spends nothing: the measured parts stand alone", async () => {
    const { ctx, log } = context({});
    expect(await judgeContent(ctx, script, [KEY_POINT], PASSAGES)).toBeUndefined();
    expect(log.filter((l) => l.startsWith("charge"))).toEqual([]);
    expect(server.received).toHaveLength(0);
  });
});
