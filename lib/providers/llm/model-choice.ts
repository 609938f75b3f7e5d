import type { Tier } from "@/lib/domain/budget";

export const DEFAULT_MODELS = {
  anthropic: { standard: "claude-sonnet-4-5", economy: "claude-haiku-4-5" },
  openai: { standard: "gpt-4.1", economy: "gpt-4.1-mini" },
} as const;

/**
 * The model for a purpose and tier: `LLM_MODEL_<PURPOSE>` (e.g. LLM_MODEL_SCRIPT_WRITER) wins, then LLM_MODEL or
 * LLM_ECONOMY_MODEL, then the provider's defaults.
 */
export function chooseModel(
  provider: keyof typeof DEFAULT_MODELS,
  purpose: string,
  tier: Tier,
  env: Record<string, string | undefined>,
): string {
  const specific = env[`LLM_MODEL_${purpose.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`];
  if (specific && tier === "standard") return specific;
  const general = tier === "economy" ? env.LLM_ECONOMY_MODEL : env.LLM_MODEL;
  return general || DEFAULT_MODELS[provider][tier];
}
