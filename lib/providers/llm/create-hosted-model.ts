import { createAnthropic } from "@ai-sdk/anthropic";
import { DEFAULT_CALL_TIMEOUTS } from "@/lib/providers/http/call-timeouts";
import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, generateText, Output, type LanguageModel } from "ai";
import type { CallOptions } from "@/lib/providers/call-options";
import { RateLimitedError } from "@/lib/providers/errors";
import { callDeadline } from "@/lib/providers/http/call-deadline";
import { addressOf } from "@/lib/providers/http/describe-network-error";
import { fetchWithRetry, ProviderHttpError } from "@/lib/providers/http/fetch-with-retry";
import { parseRetryAfter } from "@/lib/providers/http/retry-after";
import type { LanguageModelPort, StructuredRequest } from "./types";
import { chooseModel } from "./model-choice";

export interface HostedModelConfig {
  provider: "anthropic" | "openai";
  apiKey: string;
  baseURL?: string;
  /** Each call's limit (LLM_TIMEOUT_SECONDS); default 300 s: a whole script comes back in one answer. */
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 4_000;
const HEALTH_TIMEOUT_MS = 10_000;
const tokensOf = (text: string) => Math.ceil(text.length / 3); // generous: the budget check needs an upper bound

const PROVIDERS = {
  anthropic: { label: "Anthropic", baseURL: "https://api.anthropic.com/v1" },
  openai: { label: "OpenAI", baseURL: "https://api.openai.com/v1" },
} as const;

/**
 * Anthropic or OpenAI through the Vercel AI SDK. The SDK's own retries are off: the pipeline's engine retries
 * steps (and a 429 becomes RateLimitedError, so the engine waits what the provider asked). Each call runs under a
 * timeout and the caller's signal; errors name the provider and its address.
 */
export function createHostedModel(config: HostedModelConfig): LanguageModelPort {
  const env = config.env ?? process.env;
  const { label } = PROVIDERS[config.provider];
  const baseURL = (config.baseURL ?? PROVIDERS[config.provider].baseURL).replace(/\/+$/, "");
  const address = addressOf(baseURL);
  const timeoutMs = config.timeoutMs ?? DEFAULT_CALL_TIMEOUTS.llmMs;
  const factory =
    config.provider === "anthropic"
      ? createAnthropic({ apiKey: config.apiKey, baseURL })
      : createOpenAI({ apiKey: config.apiKey, baseURL });
  const model = (id: string): LanguageModel => factory(id);

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
    return new ProviderHttpError(
      label,
      error.statusCode,
      error.message.split(config.apiKey).join("[redacted]"),
      address,
    );
  }

  const port: LanguageModelPort = {
    provider: config.provider,
    modelFor: (purpose, tier) => chooseModel(config.provider, purpose, tier, env),
    estimate(request) {
      const m = port.modelFor(request.purpose, request.tier);
      return [
        {
          provider: config.provider,
          model: m,
          unit: "input_token",
          quantity: tokensOf(request.system + request.prompt) + 200,
        },
        {
          provider: config.provider,
          model: m,
          unit: "output_token",
          quantity: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
        },
      ];
    },
    async generate<T>(request: StructuredRequest<T>, { signal }: CallOptions = {}) {
      const m = port.modelFor(request.purpose, request.tier);
      const deadline = callDeadline(label, baseURL, timeoutMs, signal);
      try {
        const result = await generateText({
          model: model(m),
          system: request.system,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema }),
          maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
          maxRetries: 0,
          abortSignal: deadline.signal,
        });
        const usage = [
          { provider: config.provider, model: m, unit: "input_token", quantity: result.usage.inputTokens ?? 0 },
          { provider: config.provider, model: m, unit: "output_token", quantity: result.usage.outputTokens ?? 0 },
        ];
        return { object: result.output as T, usage };
      } catch (error) {
        throw failure(error, deadline);
      }
    },
    // Listing models is free on both APIs: it proves the address answers and the key is accepted.
    async health() {
      const headers: Record<string, string> =
        config.provider === "anthropic"
          ? { "x-api-key": config.apiKey, "anthropic-version": "2023-06-01" }
          : { authorization: `Bearer ${config.apiKey}` };
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
