import type { HostedEquivalents } from "@/lib/domain/hosted-equivalent";

/**
 * Public list prices (USD) of the models and units the README offers, seeded into the price table as defaults
 * (shown as set by "default"), effective from 2026-01-01. A default is added on start when its (provider, model,
 * unit) has no row yet, so a new default reaches existing studios; admins change prices in the app, and a change
 * adds a row, so entries already charged keep the price they were charged at. Offline providers have no rows:
 * they cost $0. A hosted model with no row is refused (lib/providers/check-providers-ready.ts), never charged $0.
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
  { provider: "openai", model: "gpt-4o", unit: "input_token", unitPrice: "0.0000025" },
  { provider: "openai", model: "gpt-4o", unit: "output_token", unitPrice: "0.00001" },
  { provider: "openai", model: "gpt-4o-mini", unit: "input_token", unitPrice: "0.00000015" },
  { provider: "openai", model: "gpt-4o-mini", unit: "output_token", unitPrice: "0.0000006" },
  { provider: "openai", model: "gpt-4o-mini-transcribe", unit: "minute", unitPrice: "0.003" },
  { provider: "openai", model: "gpt-4o-transcribe", unit: "minute", unitPrice: "0.006" },
  { provider: "openai", model: "whisper-1", unit: "minute", unitPrice: "0.006" },
  // Speech per character sent: tts-1 and tts-1-hd are billed so; gpt-4o-mini-tts by tokens, about $0.015 a minute by
  // OpenAI's estimate, which is $0.000017 a character at 900 spoken characters a minute.
  { provider: "openai", model: "gpt-4o-mini-tts", unit: "character", unitPrice: "0.000017" },
  { provider: "openai", model: "tts-1", unit: "character", unitPrice: "0.000015" },
  { provider: "openai", model: "tts-1-hd", unit: "character", unitPrice: "0.00003" },
  { provider: "elevenlabs", model: "eleven_multilingual_v2", unit: "character", unitPrice: "0.0001" },
  { provider: "elevenlabs", model: "eleven_flash_v2_5", unit: "character", unitPrice: "0.00005" },
  { provider: "elevenlabs", model: "eleven_turbo_v2_5", unit: "character", unitPrice: "0.00005" },
  { provider: "elevenlabs", model: "scribe_v1", unit: "minute", unitPrice: "0.0067" },
  // The models the search adapters bill under: a basic Tavily search is 1 credit, a Brave web search 1 request.
  { provider: "tavily", model: "search-basic", unit: "request", unitPrice: "0.008" },
  { provider: "brave", model: "web-search", unit: "request", unitPrice: "0.005" },
] as const;

export const DEFAULT_PRICES_EFFECTIVE_FROM = new Date("2026-01-01T00:00:00Z");

/**
 * The hosted models offline usage is projected at when no configuration is handed in (tests that build their own
 * providers): the documented defaults, as lib/providers/list-hosted-equivalents.ts picks them with nothing set.
 * SHOWRUNNER_PROJECT_COSTS=off turns projections off.
 */
export const DEFAULT_HOSTED_EQUIVALENTS: HostedEquivalents = {
  writer: (_stage, tier) => ({
    provider: "anthropic",
    model: tier === "economy" ? "claude-haiku-4-5" : "claude-sonnet-4-5",
  }),
  speech: { provider: "elevenlabs", model: "eleven_multilingual_v2" },
  transcription: { provider: "openai", model: "gpt-4o-mini-transcribe" },
  search: { provider: "tavily", model: "search-basic" },
};
