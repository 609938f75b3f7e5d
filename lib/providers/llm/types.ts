import type { z } from "zod";
import type { Tier } from "@/lib/domain/budget";
import type { Usage } from "@/lib/domain/usage";
import type { CallOptions } from "@/lib/providers/call-options";
import type { ProviderHealth } from "@/lib/providers/errors";

/** A structured request to a hosted language model: the answer must satisfy `schema`. */
export interface StructuredRequest<T> {
  /** What the call is for (a stage key): chooses the model and labels the ledger entry. */
  purpose: string;
  tier: Tier;
  schema: z.ZodType<T>;
  system: string;
  prompt: string;
  maxOutputTokens?: number;
}

export interface LanguageModelPort {
  /** "anthropic", "openai" or "openai-compatible". */
  readonly provider: string;
  modelFor(purpose: string, tier: Tier): string;
  /** An upper bound of the call's usage, for the budget check made before the call. */
  estimate(request: StructuredRequest<unknown>): Usage[];
  generate<T>(request: StructuredRequest<T>, options?: CallOptions): Promise<{ object: T; usage: Usage[] }>;
  /** Whether the provider answers and accepts the key, without spending. */
  health(): Promise<ProviderHealth>;
}
