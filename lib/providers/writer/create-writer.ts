import { readCallTimeouts } from "@/lib/providers/http/call-timeouts";
import { createHostedModel } from "@/lib/providers/llm/create-hosted-model";
import { createHostedWriter } from "./create-hosted-writer";
import { createOfflineWriter } from "./create-offline-writer";
import type { ResearchWriter } from "./types";

type Env = Record<string, string | undefined>;

const KEYS = {
  anthropic: { key: "ANTHROPIC_API_KEY", baseUrl: "ANTHROPIC_BASE_URL" },
  openai: { key: "OPENAI_API_KEY", baseUrl: "OPENAI_BASE_URL" },
} as const;

/**
 * The writer the environment chooses, once at start-up. LLM_PROVIDER: "offline" (default: no key, no spend),
 * "anthropic" (needs ANTHROPIC_API_KEY), "openai" (needs OPENAI_API_KEY) or "openai-compatible" (a local or
 * cheaper server: needs LLM_BASE_URL and LLM_MODEL, LLM_API_KEY if the server asks for one); *_BASE_URL points at
 * a proxy. Models per stage and tier: LLM_MODEL, LLM_ECONOMY_MODEL, LLM_MODEL_<STAGE> (llm/model-choice.ts).
 */
export function createWriter(env: Env = process.env): ResearchWriter {
  const choice = (env.LLM_PROVIDER?.trim() || "offline").toLowerCase();
  if (choice === "offline") return createOfflineWriter();
  const timeoutMs = readCallTimeouts(env).llmMs;
  if (choice === "openai-compatible") return createHostedWriter(createCompatibleModel(env, timeoutMs));
  if (choice !== "anthropic" && choice !== "openai")
    throw new Error(`Unknown LLM_PROVIDER "${choice}": use offline, anthropic, openai or openai-compatible`);
  const apiKey = env[KEYS[choice].key]?.trim();
  if (!apiKey)
    throw new Error(`LLM_PROVIDER=${choice} needs ${KEYS[choice].key}. Set it, or set LLM_PROVIDER=offline.`);
  return createHostedWriter(
    createHostedModel({
      provider: choice,
      apiKey,
      baseURL: env[KEYS[choice].baseUrl]?.trim() || undefined,
      timeoutMs,
      env,
    }),
  );
}

function createCompatibleModel(env: Env, timeoutMs: number) {
  const baseURL = env.LLM_BASE_URL?.trim();
  if (!baseURL || !URL.canParse(baseURL) || !/^https?:$/.test(new URL(baseURL).protocol))
    throw new Error(
      "LLM_PROVIDER=openai-compatible needs LLM_BASE_URL, the server's API root with /v1 " +
        "(Ollama: http://127.0.0.1:11434/v1, llama.cpp server: http://127.0.0.1:8080/v1, LM Studio: http://127.0.0.1:1234/v1)",
    );
  if (!env.LLM_MODEL?.trim())
    throw new Error(
      "LLM_PROVIDER=openai-compatible needs LLM_MODEL, the model's name on your server (e.g. llama3.1:8b)",
    );
  const structured = (env.LLM_STRUCTURED_OUTPUT?.trim() || "on").toLowerCase();
  if (structured !== "on" && structured !== "off")
    throw new Error(`LLM_STRUCTURED_OUTPUT must be on or off, got "${env.LLM_STRUCTURED_OUTPUT}"`);
  return createHostedModel({
    provider: "openai-compatible",
    apiKey: env.LLM_API_KEY?.trim() || undefined,
    baseURL,
    structuredOutput: structured === "on",
    timeoutMs,
    env,
  });
}
