import type http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderHttpError } from "@/lib/providers/http/fetch-with-retry";
import { ProviderTimeoutError, ProviderUnreachableError, spentUsageOf } from "@/lib/providers/errors";
import { createWriter } from "@/lib/providers/writer/create-writer";
import { SHOW, TOPIC } from "@/lib/providers/writer/test-fixtures";
import { closedPort, startLocalProvider, type ReceivedRequest } from "@/test/local-provider-server";
import { createHostedModel } from "./create-hosted-model";
import { InvalidModelAnswerError } from "./generate-with-repair";

// A local server speaking the OpenAI chat-completions wire format, as Ollama, llama.cpp server, LM Studio and vLLM
// do: each test queues the assistant's answers (or an HTTP error) and reads back what it was sent.
type Reply = { content: string } | { status: number; error: string } | "hang";
let replies: Reply[] = [];
let provider: Awaited<ReturnType<typeof startLocalProvider>>;

const completion = (content: string, promptTokens: number) => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1764700000,
  model: "llama3.1:8b",
  system_fingerprint: "fp_ollama",
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  usage: { prompt_tokens: promptTokens, completion_tokens: 12, total_tokens: promptTokens + 12 },
});

beforeAll(async () => {
  provider = await startLocalProvider(() => (replies[0] === "hang" ? (replies.shift(), "hang") : answer));
});
afterAll(() => provider.close());

function answer(req: ReceivedRequest, res: http.ServerResponse) {
  {
    if (req.method === "GET" && req.path === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ object: "list", data: [{ id: "llama3.1:8b", object: "model", owned_by: "library" }] }));
      return;
    }
    const reply = (replies.shift() ?? { status: 500, error: "no reply queued" }) as Exclude<Reply, "hang">;
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: reply.error, type: "api_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(completion(reply.content, 100 + provider.received.length)));
  }
}
beforeEach(() => {
  replies = [];
  provider.received.length = 0;
});

const schema = z.object({ title: z.string(), points: z.array(z.string()).min(1) });
const request = {
  purpose: "script-writer",
  tier: "standard" as const,
  schema,
  system: "You write podcasts.",
  prompt: "Plan an episode about sleep.",
};
const model = (apiKey?: string) =>
  createHostedModel({
    provider: "openai-compatible",
    baseURL: `${provider.url}/v1`,
    apiKey,
    env: { LLM_MODEL: "llama3.1:8b" },
  });
const bodyOf = (r: ReceivedRequest) =>
  JSON.parse(r.body.toString()) as {
    model: string;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { schema: unknown } };
  };

/** The error `call` fails with; a call that succeeds fails the test. */
const rejection = (call: Promise<unknown>) =>
  call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e as Error,
  );

describe("an OpenAI-compatible server (LLM_PROVIDER=openai-compatible)", () => {
  it("asks /v1/chat/completions with the JSON schema as response_format and in the prompt, and parses the answer", async () => {
    replies = [{ content: JSON.stringify({ title: "Sleep and memory", points: ["naps help recall"] }) }];
    const { object, usage } = await model().generate(request);
    expect(object).toEqual({ title: "Sleep and memory", points: ["naps help recall"] });
    expect(usage).toEqual([
      { provider: "openai-compatible", model: "llama3.1:8b", unit: "input_token", quantity: 101 },
      { provider: "openai-compatible", model: "llama3.1:8b", unit: "output_token", quantity: 12 },
    ]);
    const [call] = provider.received;
    expect(`${call!.method} ${call!.path}`).toBe("POST /v1/chat/completions");
    expect(call!.headers.authorization).toBeUndefined();
    const body = bodyOf(call!);
    expect(body.model).toBe("llama3.1:8b");
    expect(body.response_format?.type).toBe("json_schema");
    expect(JSON.stringify(body.response_format?.json_schema?.schema)).toContain('"required":["title","points"]');
    expect(body.messages[0]).toMatchObject({ role: "system" });
    expect(body.messages[0]!.content).toContain("You write podcasts.");
    expect(body.messages[0]!.content).toContain('"required":["title","points"]');
    expect(body.messages[1]).toEqual({ role: "user", content: "Plan an episode about sleep." });
  });

  it("reads an answer wrapped in a code fence after a <think> block, and sends the key when one is set", async () => {
    replies = [
      { content: '<think>The user wants JSON.</think>\n```json\n{"title": "Naps", "points": ["short naps"]}\n```' },
    ];
    const { object } = await model("sk-local").generate(request);
    expect(object).toEqual({ title: "Naps", points: ["short naps"] });
    expect(provider.received[0]!.headers.authorization).toBe("Bearer sk-local");
  });

  it("asks again once with the validation errors when the answer breaks the schema, and counts both calls", async () => {
    replies = [
      { content: '{"title": "Sleep", "points": []}' },
      { content: '{"title": "Sleep", "points": ["adults need seven to nine hours"]}' },
    ];
    const { object, usage } = await model().generate(request);
    expect(object).toEqual({ title: "Sleep", points: ["adults need seven to nine hours"] });
    expect(usage.map((u) => u.quantity)).toEqual([101 + 102, 24]);
    const retry = bodyOf(provider.received[1]!).messages;
    expect(retry.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(retry[2]!.content).toBe('{"title": "Sleep", "points": []}');
    expect(retry[3]!.content).toMatch(/^That answer is not valid: points: Too small: expected array to have >=1 items/);
  });

  it("repairs an answer that is not JSON at all", async () => {
    replies = [
      { content: "Sure! Here is the plan: title Sleep, points: naps." },
      { content: '{"title": "Sleep", "points": ["naps"]}' },
    ];
    expect((await model().generate(request)).object).toEqual({ title: "Sleep", points: ["naps"] });
    expect(bodyOf(provider.received[1]!).messages[3]!.content).toMatch(
      /^That answer is not valid: the answer is not JSON/,
    );
  });

  it("fails with a clear error naming the server, the model and the problem when the second answer is invalid too", async () => {
    replies = [{ content: '{"title": 3}' }, { content: '{"title": "Sleep"}' }];
    const error = await rejection(model().generate(request));
    expect(error).toBeInstanceOf(InvalidModelAnswerError);
    expect(error.message).toBe(
      `OpenAI-compatible server at ${provider.url} (model llama3.1:8b) gave no valid answer, even when asked again with the errors: ` +
        "points: Invalid input: expected array, received undefined. " +
        "Choose a model that follows JSON instructions better (LLM_MODEL), or one the server can constrain to a JSON schema",
    );
    expect(provider.received).toHaveLength(2);
  });

  it("carries both calls' tokens on that error, for the metered call to charge them", async () => {
    replies = [{ content: '{"title": 3}' }, { content: '{"title": "Sleep"}' }];
    const error = await rejection(model().generate(request));
    expect(spentUsageOf(error)).toEqual([
      { provider: "openai-compatible", model: "llama3.1:8b", unit: "input_token", quantity: 101 + 102 },
      { provider: "openai-compatible", model: "llama3.1:8b", unit: "output_token", quantity: 24 },
    ]);
  });

  it("carries the first call's tokens when the repair times out", async () => {
    replies = [{ content: '{"title": 3}' }, "hang"];
    const slow = createHostedModel({
      provider: "openai-compatible",
      baseURL: `${provider.url}/v1`,
      timeoutMs: 300,
      env: { LLM_MODEL: "llama3.1:8b" },
    });
    const error = await rejection(slow.generate(request));
    expect(error).toBeInstanceOf(ProviderTimeoutError);
    expect(spentUsageOf(error).map((u) => `${u.unit} ${u.quantity}`)).toEqual(["input_token 101", "output_token 12"]);
  });

  it("holds a budget for both calls: the estimate bounds all the text the repair loop sends and receives", async () => {
    const maxOutputTokens = 1_000;
    // The longest first answer the cap allows (about 3 characters a token), invalid, so it is sent back.
    const long = JSON.stringify({ title: "x".repeat(2_950) });
    replies = [{ content: long }, { content: '{"title": "Sleep", "points": ["naps"]}' }];
    const port = model();
    const [input, output] = port.estimate({ ...request, maxOutputTokens });
    await port.generate({ ...request, maxOutputTokens });
    const sent = provider.received.flatMap((r) => bodyOf(r).messages.map((m) => m.content)).join("");
    expect(Number(input!.quantity)).toBeGreaterThanOrEqual(Math.ceil(sent.length / 3));
    expect(output!.quantity).toBe(2 * maxOutputTokens);
  });

  it("names the server's address and its error when it answers with an HTTP error, without asking again", async () => {
    replies = [{ status: 500, error: 'model "llama3.1:8b" not found, try pulling it first' }];
    const error = await rejection(model().generate(request));
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect(error.message).toBe(
      `OpenAI-compatible server at ${provider.url} answered HTTP 500: model "llama3.1:8b" not found, try pulling it first`,
    );
    expect(provider.received).toHaveLength(1);
  });

  it("with structured output off sends no response_format, and still validates and repairs the answer", async () => {
    replies = [{ content: '{"title": "Sleep"}' }, { content: '{"title": "Sleep", "points": ["naps"]}' }];
    const plain = createHostedModel({
      provider: "openai-compatible",
      baseURL: `${provider.url}/v1`,
      structuredOutput: false,
      env: { LLM_MODEL: "phi3" },
    });
    expect((await plain.generate(request)).object).toEqual({ title: "Sleep", points: ["naps"] });
    const first = bodyOf(provider.received[0]!);
    expect(first.response_format).toBeUndefined();
    expect(first.messages[0]!.content).toContain('"required":["title","points"]');
    expect(provider.received).toHaveLength(2);
  });

  it("falls back to the schema in the prompt when the server refuses response_format, and stops sending it", async () => {
    replies = [
      { status: 400, error: "response_format type json_schema is not supported" },
      { content: '{"title": "Sleep", "points": ["naps"]}' },
      { content: '{"title": "Naps", "points": ["short ones"]}' },
    ];
    const port = model();
    expect((await port.generate(request)).object).toEqual({ title: "Sleep", points: ["naps"] });
    expect((await port.generate(request)).object).toEqual({ title: "Naps", points: ["short ones"] });
    expect(provider.received.map((r) => bodyOf(r).response_format?.type ?? "none")).toEqual([
      "json_schema",
      "none",
      "none",
    ]);
    expect(bodyOf(provider.received[1]!).messages[0]!.content).toContain('"required":["title","points"]');
  });

  it("suggests turning structured output off on another 400, without asking again", async () => {
    replies = [{ status: 400, error: "unsupported parameter: seed" }];
    const error = await rejection(model().generate(request));
    expect(error.message).toBe(
      `OpenAI-compatible server at ${provider.url} answered HTTP 400: unsupported parameter: seed ` +
        "(if the server does not take a JSON schema as response_format, set LLM_STRUCTURED_OUTPUT=off)",
    );
    expect(provider.received).toHaveLength(1);
  });

  it("names the address and the cause when nothing listens there", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const closed = createHostedModel({ provider: "openai-compatible", baseURL: `${url}/v1`, env: { LLM_MODEL: "m" } });
    const error = await rejection(closed.generate(request));
    expect(error).toBeInstanceOf(ProviderUnreachableError);
    expect(error.message).toBe(
      `OpenAI-compatible server at ${url} could not be reached: connection refused (ECONNREFUSED)`,
    );
  });

  it("is the writer LLM_PROVIDER=openai-compatible configures; its health lists the server's models", async () => {
    const writer = createWriter({
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: `${provider.url}/v1`,
      LLM_MODEL: "llama3.1:8b",
      LLM_ECONOMY_MODEL: "llama3.2:3b",
    });
    expect(await writer.health()).toEqual({
      ok: true,
      detail: `OpenAI-compatible server at ${provider.url} answered; llama3.1:8b (standard), llama3.2:3b (economy)`,
    });
    expect(provider.received.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/models"]);
  });

  it("plans an episode through the hosted writer: a fenced answer missing a field is repaired, then the plan is enforced", async () => {
    const segment = (title: string, targetSeconds: number) => ({
      title,
      purpose: "Talk",
      targetSeconds,
      speakers: ["Maya Chen", "Theo Marsh"],
      keyPointIndexes: [0],
    });
    replies = [
      { content: "```json\n" + JSON.stringify({ segments: [segment("Naps", 100)] }) + "\n```" },
      { content: JSON.stringify({ segments: [{ ...segment("Naps", 100), hook: null }] }) },
    ];
    const writer = createWriter({
      LLM_PROVIDER: "openai-compatible",
      LLM_BASE_URL: `${provider.url}/v1`,
      LLM_MODEL: "qwen2.5:7b",
    });
    const { output, usage } = await writer.planEpisode({
      show: SHOW,
      tier: "standard",
      topic: TOPIC,
      brief: {
        keyPoints: [
          { text: "A 60-minute nap improved recall by 12 percent.", claimIndexes: [0], sourceIds: ["nap-trial"] },
        ],
        openQuestions: [],
        uncertainty: [],
      },
      format: "TWO_HOSTS",
      hosts: ["Maya Chen", "Theo Marsh"],
      targetMinutes: 3,
    });
    expect(bodyOf(provider.received[1]!).messages[3]!.content).toMatch(/segments\.0\.hook: Invalid input/);
    expect(output.segments.reduce((n, x) => n + x.targetSeconds, 0)).toBe(180);
    expect(output.segments.map((x) => x.title)).toContain("Naps");
    expect(usage.map((u) => `${u.provider}/${u.model}/${u.unit}`)).toEqual([
      "openai-compatible/qwen2.5:7b/input_token",
      "openai-compatible/qwen2.5:7b/output_token",
    ]);
  });
});
