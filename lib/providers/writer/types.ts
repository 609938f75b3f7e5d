import type { Usage } from "@/lib/costs/prices";
import type { StageKey } from "@/lib/domain/stages";
import type { ProviderHealth } from "@/lib/providers/errors";
import type {
  Brief,
  BrandJudgement,
  EpisodePlan,
  ExtractClaimsInput,
  ExtractClaimsOutput,
  JudgeBrandInput,
  JudgeClaimsInput,
  JudgeClaimsOutput,
  PlanEpisodeInput,
  Script,
  SynthesizeInput,
  WriteScriptInput,
} from "./schemas";

/** Per call, beside the task's input. */
export interface WriterCallOptions {
  /** Aborted when the call is no longer wanted (its stage attempt ended). */
  signal?: AbortSignal;
}

export interface WriterResult<O> {
  output: O;
  /** What the call consumed, in the ledger's terms. */
  usage: Usage[];
}

/**
 * The research and writing tasks of the pipeline, one method per task. Adapters: offline (deterministic, over the
 * producer's sources) and hosted (a LanguageModelPort); both return values of the same zod output schemas.
 */
export interface ResearchWriter {
  readonly id: "offline" | "anthropic" | "openai";
  extractClaims(input: ExtractClaimsInput, options?: WriterCallOptions): Promise<WriterResult<ExtractClaimsOutput>>;
  judgeClaims(input: JudgeClaimsInput, options?: WriterCallOptions): Promise<WriterResult<JudgeClaimsOutput>>;
  synthesize(input: SynthesizeInput, options?: WriterCallOptions): Promise<WriterResult<Brief>>;
  planEpisode(input: PlanEpisodeInput, options?: WriterCallOptions): Promise<WriterResult<EpisodePlan>>;
  writeScript(input: WriteScriptInput, options?: WriterCallOptions): Promise<WriterResult<Script>>;
  /** A 0-10 rubric per brand dimension; null when the adapter has no judge (offline has no model to ask). */
  judgeBrand(input: JudgeBrandInput, options?: WriterCallOptions): Promise<WriterResult<BrandJudgement | null>>;
  /** An upper bound of the call's usage, for the budget check made before the call. */
  estimate<K extends WriterTask>(task: K, input: WriterInput<K>): Usage[];
  /** For the admin page; the hosted adapter reports its configuration rather than spend tokens on a probe. */
  health(): Promise<ProviderHealth>;
}

export type WriterTask = Exclude<keyof ResearchWriter, "id" | "estimate" | "health">;
export type WriterInput<K extends WriterTask> = Parameters<ResearchWriter[K]>[0];
export type WriterOutput<K extends WriterTask> = Awaited<ReturnType<ResearchWriter[K]>>["output"];

/** The stage each task serves: the hosted model is chosen by it and the ledger labels the call with it. */
export const TASK_PURPOSE = {
  extractClaims: "research-deep-dive",
  judgeClaims: "research-validation",
  synthesize: "research-synthesis",
  planEpisode: "episode-planner",
  writeScript: "script-writer",
  judgeBrand: "brand-validator",
} as const satisfies Record<WriterTask, StageKey>;
