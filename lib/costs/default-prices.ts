/**
 * Public list prices (USD) seeded into the price table on first start, effective from 2026-01-01. Admins change
 * them in the app; a change adds a row, so entries already charged keep the price they were charged at.
 * Offline providers have no rows: they cost $0.
 */
export const DEFAULT_PRICES = [
  { provider: "anthropic", model: "claude-sonnet-4-5", unit: "input_token", unitPrice: "0.000003" },
  { provider: "anthropic", model: "claude-sonnet-4-5", unit: "output_token", unitPrice: "0.000015" },
  { provider: "anthropic", model: "claude-haiku-4-5", unit: "input_token", unitPrice: "0.000001" },
  { provider: "anthropic", model: "claude-haiku-4-5", unit: "output_token", unitPrice: "0.000005" },
  { provider: "openai", model: "gpt-4.1", unit: "input_token", unitPrice: "0.000002" },
  { provider: "openai", model: "gpt-4.1", unit: "output_token", unitPrice: "0.000008" },
  { provider: "openai", model: "gpt-4.1-mini", unit: "input_token", unitPrice: "0.0000004" },
  { provider: "openai", model: "gpt-4.1-mini", unit: "output_token", unitPrice: "0.0000016" },
  { provider: "openai", model: "gpt-4o-mini-transcribe", unit: "minute", unitPrice: "0.003" },
  { provider: "elevenlabs", model: "eleven_multilingual_v2", unit: "character", unitPrice: "0.0001" },
  { provider: "elevenlabs", model: "eleven_flash_v2_5", unit: "character", unitPrice: "0.00005" },
  { provider: "elevenlabs", model: "scribe_v1", unit: "minute", unitPrice: "0.0067" },
  { provider: "tavily", model: "search", unit: "request", unitPrice: "0.008" },
  { provider: "brave", model: "search", unit: "request", unitPrice: "0.005" },
] as const;

export const DEFAULT_PRICES_EFFECTIVE_FROM = new Date("2026-01-01T00:00:00Z");

/**
 * What offline usage would have cost on hosted providers, by the offline usage's unit: the projection shown
 * beside the real (zero) cost. SHOWRUNNER_PROJECT_COSTS=off turns it off.
 */
export const PROJECTION_TARGETS: Record<string, { provider: string; model: string }> = {
  input_token: { provider: "anthropic", model: "claude-sonnet-4-5" },
  output_token: { provider: "anthropic", model: "claude-sonnet-4-5" },
  character: { provider: "elevenlabs", model: "eleven_multilingual_v2" },
  minute: { provider: "openai", model: "gpt-4o-mini-transcribe" },
  request: { provider: "tavily", model: "search" },
};
