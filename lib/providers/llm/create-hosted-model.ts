import { createAnthropic } from "@ai-sdk/anthropic";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import { createOpenAI } from "@ai-sdk/openai";
import {
  APICallError,
  extractJsonMiddleware,
  extractReasoningMiddleware,
  generateText,
  NoObjectGeneratedError,
  Output,
  wrapLanguageModel,
  type LanguageModel,
} from "ai";
import type { CallOptions } from "@/lib/providers/call-options";
import { RateLimitedError, withSpentUsage } from "@/lib/providers/errors";
import { callDeadline } from "@/lib/providers/http/call-deadline";
import { addressOf } from "@/lib/providers/http/describe-network-error";
import { fetchWithRetry, ProviderHttpError } from "@/lib/providers/http/fetch-with-retry";
import { parseRetryAfter } from "@/lib/providers/http/retry-after";
import type { LanguageModelPort, StructuredRequest } from "./types";
import { chooseModel, type ModelProvider } from "./model-choice";
import {
  estimateRepairTokens,
  generateWithRepair,
  InvalidModelAnswerError,
  spentTokensOf,
  systemWithSchema,
} from "./generate-with-repair";
import { stripCodeFence } from "./strip-code-fence";

export interface HostedModelConfig {
  provider: ModelProvider;
  /** Optional for an OpenAI-compatible server: a local one usually takes none. */
  apiKey?: string;
  /** Required for an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (Ollama). */
  baseURL?: string;
  /**
   * OpenAI-compatible servers only: send the answer's JSON schema as `response_format` (LLM_STRUCTURED_OUTPUT,
   * default true). Off for a server that refuses it; the schema in the prompt and the repair still apply.
   */
  structuredOutput?: boolean;
  /** Each call's limit (LLM_TIMEOUT_SECONDS); default 300 s: a whole script comes back in one answer. */
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 4_000;
const HEALTH_TIMEOUT_MS = 10_000;
const tokensOf = (text: string) => Math.ceil(text.length / 3); // generous: the budget check needs an upper bound
const MESSAGE_OVERHEAD_TOKENS = 200;

const PROVIDERS = {
  anthropic: { label: "Anthropic", baseURL: "https://api.anthropic.com/v1" },
  openai: { label: "OpenAI", baseURL: "https://api.openai.com/v1" },
  "openai-compatible": { label: "OpenAI-compatible server", baseURL: undefined },
} as const;

/**
 * Anthropic, OpenAI or an OpenAI-compatible server (Ollama, llama.cpp server, LM Studio, vLLM) through the Vercel
 * AI SDK. The SDK's own retries are off: the pipeline's engine retries steps (and a 429 becomes RateLimitedError,
 * so the engine waits what the provider asked). Each call runs under a timeout and the caller's signal; errors
 * name the provider and its address.
 *
 * An OpenAI-compatible server is spoken to with the SDK's OpenAI chat-completions model (`/chat/completions`, the
 * one API every such server implements; OpenAI's own Responses API is not). Its answers go through
 * generateWithRepair, because a local server may ignore the JSON schema it is sent; code fences and <think>
 * blocks, which local models often add, are stripped first.
 */
export function createHostedModel(config: HostedModelConfig): LanguageModelPort {
  const env = config.env ?? process.env;
  const { label } = PROVIDERS[config.provider];
  const root = config.baseURL ?? PROVIDERS[config.provider].baseURL;
  if (!root) throw new Error(`${label} needs a base URL (LLM_BASE_URL), e.g. http://127.0.0.1:11434/v1`);
  const baseURL = root.replace(/\/+$/, "");
  const address = addressOf(baseURL);
  const timeoutMs = config.timeoutMs ?? DEFAULT_CALL_TIMEOUTS.llmMs;
  const apiKey = config.apiKey ?? "";
  const compatible = config.provider === "openai-compatible";
  const model = modelFactory(config.provider, apiKey, baseURL);
  // An OpenAI-compatible server is sent the schema as response_format until it refuses it (LLM_STRUCTURED_OUTPUT=off: never).
  let sendSchema = config.structuredOutput ?? true;

  /** What the call threw, as an error naming the provider, its address and the cause. */
  function failure(error: unknown, deadline: ReturnType<typeof callDeadline>): unknown {
    if (deadline.signal.aborted) return deadline.failure(error);
    if (!APICallError.isInstance(error)) return error;
    if (error.statusCode === undefined) return deadline.failure(error);
    if (error.statusCode === 429) {
      return new RateLimitedError(
        `${label} at ${address} is rate limiting: ${error.message}`,
        parseRetryAfter(error.responseHeaders?.["retry-after"] ?? null) ?? 5_000,
      );
    }
    // An API's error can quote the key it was sent (OpenAI's 401 does, partly masked): it is cut out.
    const redacted = apiKey ? error.message.split(apiKey).join("[redacted]") : error.message;
    const message =
      compatible && error.statusCode === 400 && sendSchema
        ? `${redacted.slice(0, 180)} (if the server does not take a JSON schema as response_format, set LLM_STRUCTURED_OUTPUT=off)`
        : redacted;
    return new ProviderHttpError(label, error.statusCode, message, address);
  }

  const port: LanguageModelPort = {
    provider: config.provider,
    modelFor: (purpose, tier) => chooseModel(config.provider, purpose, tier, env),
    // The answer's schema is sent with the request (as response_format, a tool or in the prompt) and counts as input;
    // an OpenAI-compatible server's answer may be asked for twice (generateWithRepair), so its bound covers both calls.
    estimate(request) {
      const m = port.modelFor(request.purpose, request.tier);
      const maxOutputTokens = request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
      const tokens = compatible
        ? estimateRepairTokens({ ...request, maxOutputTokens }, tokensOf, MESSAGE_OVERHEAD_TOKENS)
        : {
            inputTokens:
              tokensOf(systemWithSchema(request.system, request.schema) + request.prompt) + MESSAGE_OVERHEAD_TOKENS,
            outputTokens: maxOutputTokens,
          };
      return tokenUsage(config.provider, m, tokens);
    },
    async generate<T>(request: StructuredRequest<T>, { signal }: CallOptions = {}) {
      const m = port.modelFor(request.purpose, request.tier);
      const deadline = callDeadline(label, baseURL, timeoutMs, signal);
      try {
        if (compatible) {
          const ask = (structured: boolean) =>
            generateWithRepair(
              {
                model: model(m),
                schema: request.schema,
                system: request.system,
                prompt: request.prompt,
                maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
                abortSignal: deadline.signal,
                structuredOutput: structured,
              },
              (problems) => new InvalidModelAnswerError(label, address, m, problems),
            );
          const answer = await ask(sendSchema).catch((error: unknown) => {
            if (!sendSchema || !refusesSchema(error)) throw error;
            // The server does not take a JSON schema as response_format (a 400 spends nothing): the schema stays in
            // the prompt, and this adapter stops sending it.
            sendSchema = false;
            return ask(false);
          });
          return { object: answer.object, usage: tokenUsage(config.provider, m, answer) };
        }
        const result = await generateText({
          model: model(m),
          system: request.system,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema }),
          maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
          maxRetries: 0,
          abortSignal: deadline.signal,
        });
        return { object: result.output as T, usage: tokenUsage(config.provider, m, result.usage) };
      } catch (error) {
        // Tokens the provider billed before the call failed (an invalid answer, a repair that timed out) go with the
        // error, for meteredCall to charge.
        const spent = spentTokensOf(error) ?? (NoObjectGeneratedError.isInstance(error) ? error.usage : undefined);
        const failed = failure(error, deadline);
        throw spent ? withSpentUsage(failed, tokenUsage(config.provider, m, spent)) : failed;
      }
    },
    // Listing models is free on every API (Ollama, llama.cpp, LM Studio and vLLM serve GET /v1/models too): it proves the address answers and the key is accepted.
    async health() {
      const headers: Record<string, string> =
        config.provider === "anthropic"
          ? { "x-api-key": apiKey, "anthropic-version": "2023-06-01" }
          : apiKey
            ? { authorization: `Bearer ${apiKey}` }
            : {};
      try {
        const response = await fetchWithRetry(
          label,
          `${baseURL}/models`,
          { headers },
          { maxRetries: 0, timeoutMs: Math.min(timeoutMs, HEALTH_TIMEOUT_MS) },
        );
        await response.body?.cancel();
        return { ok: true, detail: `${label} at ${address} answered` };
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    },
  };
  return port;
}

/** A 400 that names the structured-output request: the server does not support it (older Ollama, some gateways). */
const refusesSchema = (error: unknown) =>
  APICallError.isInstance(error) &&
  error.statusCode === 400 &&
  /response_format|json_schema|structured output/i.test(`${error.message} ${error.responseBody ?? ""}`);

function modelFactory(provider: ModelProvider, apiKey: string, baseURL: string): (id: string) => LanguageModel {
  if (provider === "anthropic") {
    const anthropic = createAnthropic({ apiKey, baseURL });
    return (id) => anthropic(id);
  }
  if (provider === "openai") {
    const openai = createOpenAI({ apiKey, baseURL });
    return (id) => openai(id);
  }
  // A local server usually takes no key: then no Authorization header is sent (an undefined header is dropped).
  const noKey = { Authorization: undefined } as unknown as Record<string, string>;
  const openai = createOpenAI({ apiKey, baseURL, name: provider, headers: apiKey ? undefined : noKey });
  // extractJsonMiddleware runs last on the answer: the <think> block is taken out before the fence is looked for.
  const middleware = [
    extractJsonMiddleware({ transform: stripCodeFence }),
    extractReasoningMiddleware({ tagName: "think" }),
  ];
  return (id) => wrapLanguageModel({ model: openai.chat(id), middleware });
}

function tokenUsage(
  provider: ModelProvider,
  model: string,
  counts: { inputTokens: number | undefined; outputTokens: number | undefined },
) {
  return [
    { provider, model, unit: "input_token", quantity: counts.inputTokens ?? 0 },
    { provider, model, unit: "output_token", quantity: counts.outputTokens ?? 0 },
  ];
}
