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
 * "anthropic" (needs ANTHROPIC_API_KEY) or "openai" (needs OPENAI_API_KEY); *_BASE_URL points at a proxy. Models
 * per stage and tier: LLM_MODEL, LLM_ECONOMY_MODEL, LLM_MODEL_<STAGE> (lib/providers/llm/model-choice.ts).
 */
export function createWriter(env: Env = process.env): ResearchWriter {
  const choice = (env.LLM_PROVIDER?.trim() || "offline").toLowerCase();
  if (choice === "offline") return createOfflineWriter();
  if (choice !== "anthropic" && choice !== "openai")
    throw new Error(`Unknown LLM_PROVIDER "${choice}": use offline, anthropic or openai`);
  const apiKey = env[KEYS[choice].key]?.trim();
  if (!apiKey)
    throw new Error(`LLM_PROVIDER=${choice} needs ${KEYS[choice].key}. Set it, or set LLM_PROVIDER=offline.`);
  return createHostedWriter(
    createHostedModel({
      provider: choice,
      apiKey,
      baseURL: env[KEYS[choice].baseUrl]?.trim() || undefined,
      timeoutMs: readCallTimeouts(env).llmMs,
      env,
    }),
  );
}
