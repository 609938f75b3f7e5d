import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, generateText, Output, type LanguageModel } from "ai";
import { RateLimitedError } from "@/lib/providers/errors";
import { parseRetryAfter } from "@/lib/providers/http/retry-after";
import type { LanguageModelPort, StructuredRequest } from "./types";
import { chooseModel } from "./model-choice";

export interface HostedModelConfig {
  provider: "anthropic" | "openai";
  apiKey: string;
  baseURL?: string;
  env?: Record<string, string | undefined>;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 4_000;
const tokensOf = (text: string) => Math.ceil(text.length / 3); // generous: the budget check needs an upper bound


/**
 * Anthropic or OpenAI through the Vercel AI SDK. The SDK's own retries are off: the pipeline's engine retries
 * steps (and a 429 becomes RateLimitedError, so the engine waits what the provider asked).
 */
export function createHostedModel(config: HostedModelConfig): LanguageModelPort {
  const env = config.env ?? process.env;
  const factory =
    config.provider === "anthropic"
      ? createAnthropic({ apiKey: config.apiKey, baseURL: config.baseURL })
      : createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL });
  const model = (id: string): LanguageModel => factory(id);

  const port: LanguageModelPort = {
    provider: config.provider,
    modelFor: (purpose, tier) => chooseModel(config.provider, purpose, tier, env),
    estimate(request) {
      const m = port.modelFor(request.purpose, request.tier);
      return [
        { provider: config.provider, model: m, unit: "input_token", quantity: tokensOf(request.system + request.prompt) + 200 },
        { provider: config.provider, model: m, unit: "output_token", quantity: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS },
      ];
    },
    async generate<T>(request: StructuredRequest<T>) {
      const m = port.modelFor(request.purpose, request.tier);
      try {
        const result = await generateText({
          model: model(m),
          system: request.system,
          prompt: request.prompt,
          output: Output.object({ schema: request.schema }),
          maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
          maxRetries: 0,
        });
        const usage = [
          { provider: config.provider, model: m, unit: "input_token", quantity: result.usage.inputTokens ?? 0 },
          { provider: config.provider, model: m, unit: "output_token", quantity: result.usage.outputTokens ?? 0 },
        ];
        return { object: result.output as T, usage };
      } catch (error) {
        if (APICallError.isInstance(error) && error.statusCode === 429) {
          throw new RateLimitedError(`${config.provider} rate limit: ${error.message}`, parseRetryAfter(error.responseHeaders?.["retry-after"] ?? null) ?? 5_000);
        }
        throw error;
      }
    },
  };
  return port;
}
