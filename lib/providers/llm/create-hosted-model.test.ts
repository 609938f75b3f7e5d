import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { RateLimitedError } from "@/lib/providers/errors";
import { createHostedModel } from "./create-hosted-model";

// A local server that answers in each provider's API shape and records what it was sent.
let server: http.Server;
let baseURL: string;
let seen: { path: string; headers: http.IncomingHttpHeaders; body: Record<string, unknown> }[] = [];
let rateLimitNext = false;

const anthropicReply = (text: string) => ({
  id: "msg_1",
  type: "message",
  role: "assistant",
  model: "claude-sonnet-4-5",
  content: [{ type: "text", text }],
  stop_reason: "end_turn",
  usage: { input_tokens: 120, output_tokens: 30 },
});
const openaiReply = (text: string) => ({
  id: "resp_1",
  object: "response",
  created_at: 1,
  model: "gpt-4.1",
  output: [
    {
      type: "message",
      id: "m1",
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text, annotations: [] }],
    },
  ],
  usage: { input_tokens: 80, output_tokens: 20, total_tokens: 100 },
});

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      seen.push({ path: req.url ?? "", headers: req.headers, body: JSON.parse(raw || "{}") });
      if (rateLimitNext) {
        rateLimitNext = false;
        res.writeHead(429, { "content-type": "application/json", "retry-after": "2" });
        res.end(JSON.stringify({ error: { type: "rate_limit_error", message: "slow down" } }));
        return;
      }
      const answer = JSON.stringify({ title: "Sleep and memory", points: ["one", "two"] });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(req.url === "/v1/messages" ? anthropicReply(answer) : openaiReply(answer)));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise((r) => server.close(r)));
beforeEach(() => {
  seen = [];
});

const schema = z.object({ title: z.string(), points: z.array(z.string()) });
const request = {
  purpose: "script-writer",
  tier: "standard" as const,
  schema,
  system: "You write podcasts.",
  prompt: "Plan an episode.",
};

describe("hosted language models", () => {
  it("Anthropic: sends the Messages API request with a JSON schema and reports token usage", async () => {
    const model = createHostedModel({ provider: "anthropic", apiKey: "sk-ant-test", baseURL, env: {} });
    const { object, usage } = await model.generate(request);
    expect(object).toEqual({ title: "Sleep and memory", points: ["one", "two"] });
    expect(usage).toEqual([
      { provider: "anthropic", model: "claude-sonnet-4-5", unit: "input_token", quantity: 120 },
      { provider: "anthropic", model: "claude-sonnet-4-5", unit: "output_token", quantity: 30 },
    ]);
    const [call] = seen;
    expect(call!.path).toBe("/v1/messages");
    expect(call!.headers["x-api-key"]).toBe("sk-ant-test");
    expect(call!.headers["anthropic-version"]).toBe("2023-06-01");
    expect(call!.body.model).toBe("claude-sonnet-4-5");
    expect(JSON.stringify(call!.body.system)).toContain("You write podcasts.");
    expect(JSON.stringify(call!.body.output_config)).toContain('"required":["title","points"]');
  });

  it("OpenAI: sends the Responses API request with a strict JSON schema; the economy tier and per-stage models apply", async () => {
    const model = createHostedModel({
      provider: "openai",
      apiKey: "sk-test",
      baseURL,
      env: { LLM_MODEL_SCRIPT_WRITER: "gpt-4.1-custom" },
    });
    const { usage } = await model.generate(request);
    expect(seen[0]!.path).toBe("/v1/responses");
    expect(seen[0]!.headers.authorization).toBe("Bearer sk-test");
    expect(seen[0]!.body.model).toBe("gpt-4.1-custom");
    expect(JSON.stringify(seen[0]!.body.text)).toContain('"type":"json_schema"');
    expect(usage.map((u) => u.quantity)).toEqual([80, 20]);
    await model.generate({ ...request, tier: "economy" });
    expect(seen[1]!.body.model).toBe("gpt-4.1-mini");
  });

  it("turns a 429 into a rate-limit error carrying the provider's Retry-After, without retrying itself", async () => {
    const model = createHostedModel({ provider: "anthropic", apiKey: "k", baseURL, env: {} });
    rateLimitNext = true;
    const error = await model.generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(2000);
    expect(seen).toHaveLength(1);
  });

  it("estimates an upper bound before the call: the prompt's tokens and the output cap", () => {
    const model = createHostedModel({ provider: "anthropic", apiKey: "k", env: {} });
    const [input, output] = model.estimate({ ...request, maxOutputTokens: 1000 });
    expect(input!.quantity).toBeGreaterThan((request.system + request.prompt).length / 4);
    expect(output).toMatchObject({ unit: "output_token", quantity: 1000 });
  });
});
