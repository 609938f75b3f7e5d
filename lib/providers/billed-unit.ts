/** A (provider, model, unit) a configured hosted adapter bills, and the setting that chose it, to name in errors. */
export interface BilledUnit {
  provider: string;
  model: string;
  unit: string;
  /** "LLM_MODEL=gpt-4o", or "LLM_MODEL=gpt-4.1 (the default)" when nothing was set. */
  setting: string;
}
