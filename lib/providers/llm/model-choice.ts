import type { Tier } from "@/lib/domain/budget";

export const DEFAULT_MODELS = {
  anthropic: { standard: "claude-sonnet-4-5", economy: "claude-haiku-4-5" },
  openai: { standard: "gpt-4.1", economy: "gpt-4.1-mini" },
} as const;

/**
 * The model for a purpose and tier and the variable that chose it: `LLM_MODEL_<PURPOSE>` (e.g.
 * LLM_MODEL_SCRIPT_WRITER) wins, then LLM_MODEL or LLM_ECONOMY_MODEL, then the provider's defaults (named by the
 * variable that would change them, with `isDefault`).
 */
export function explainModel(
  provider: keyof typeof DEFAULT_MODELS,
  purpose: string,
  tier: Tier,
  env: Record<string, string | undefined>,
): { model: string; variable: string; isDefault: boolean } {
  const specificVariable = `LLM_MODEL_${purpose.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
  const specific = env[specificVariable];
  if (specific && tier === "standard") return { model: specific, variable: specificVariable, isDefault: false };
  const variable = tier === "economy" ? "LLM_ECONOMY_MODEL" : "LLM_MODEL";
  const general = env[variable];
  return general
    ? { model: general, variable, isDefault: false }
    : { model: DEFAULT_MODELS[provider][tier], variable, isDefault: true };
}

export function chooseModel(
  provider: keyof typeof DEFAULT_MODELS,
  purpose: string,
  tier: Tier,
  env: Record<string, string | undefined>,
): string {
  return explainModel(provider, purpose, tier, env).model;
}
