import type { Tier } from "@/lib/domain/budget";

export const DEFAULT_MODELS = {
  anthropic: { standard: "claude-sonnet-4-5", economy: "claude-haiku-4-5" },
  openai: { standard: "gpt-4.1", economy: "gpt-4.1-mini" },
} as const;

/** Providers of language models; an OpenAI-compatible server (Ollama, llama.cpp, vLLM…) has no default model. */
export type ModelProvider = keyof typeof DEFAULT_MODELS | "openai-compatible";

/**
 * The model for a purpose and tier and the variable that chose it: `LLM_MODEL_<PURPOSE>` (e.g.
 * LLM_MODEL_SCRIPT_WRITER) wins, then LLM_MODEL or LLM_ECONOMY_MODEL, then the provider's defaults (named by the
 * variable that would change them, with `isDefault`). An OpenAI-compatible server's economy tier falls back to
 * LLM_MODEL: a local server often serves one model.
 */
export function explainModel(
  provider: ModelProvider,
  purpose: string,
  tier: Tier,
  env: Record<string, string | undefined>,
): { model: string; variable: string; isDefault: boolean } {
  const specificVariable = `LLM_MODEL_${purpose.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
  const specific = env[specificVariable]?.trim();
  if (specific && tier === "standard") return { model: specific, variable: specificVariable, isDefault: false };
  const variable = tier === "economy" ? "LLM_ECONOMY_MODEL" : "LLM_MODEL";
  const general = env[variable]?.trim();
  if (general) return { model: general, variable, isDefault: false };
  if (provider !== "openai-compatible") return { model: DEFAULT_MODELS[provider][tier], variable, isDefault: true };
  const model = env.LLM_MODEL?.trim();
  if (!model)
    throw new Error(
      "LLM_PROVIDER=openai-compatible needs LLM_MODEL, the model's name on your server (e.g. llama3.1:8b for Ollama)",
    );
  return { model, variable: "LLM_MODEL", isDefault: false };
}

export function chooseModel(
  provider: ModelProvider,
  purpose: string,
  tier: Tier,
  env: Record<string, string | undefined>,
): string {
  return explainModel(provider, purpose, tier, env).model;
}
