import type { Usage } from "@/lib/domain/usage";
import type { StageKey } from "@/lib/domain/stages";
import type { CallOptions } from "@/lib/providers/call-options";
import type { ProviderHealth } from "@/lib/providers/errors";
import type { Brief } from "@/lib/domain/research";
import type { BrandJudgement } from "@/lib/domain/brand-dimensions";
import type { ContentJudgement } from "@/lib/domain/content-judgement";
import type {
  ExtractClaimsInput,
  ExtractClaimsOutput,
  JudgeBrandInput,
  JudgeContentInput,
  JudgeClaimsInput,
  JudgeClaimsOutput,
  PlanEpisodeInput,
  ReviseScriptInput,
  SynthesizeInput,
  WriteScriptInput,
} from "./schemas";
import type { EpisodePlan } from "@/lib/domain/episode-plan";
import type { Script } from "@/lib/domain/script";

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
  readonly id: "offline" | "anthropic" | "openai" | "openai-compatible";
  extractClaims(input: ExtractClaimsInput, options?: CallOptions): Promise<WriterResult<ExtractClaimsOutput>>;
  judgeClaims(input: JudgeClaimsInput, options?: CallOptions): Promise<WriterResult<JudgeClaimsOutput>>;
  synthesize(input: SynthesizeInput, options?: CallOptions): Promise<WriterResult<Brief>>;
  planEpisode(input: PlanEpisodeInput, options?: CallOptions): Promise<WriterResult<EpisodePlan>>;
  writeScript(input: WriteScriptInput, options?: CallOptions): Promise<WriterResult<Script>>;
  /**
   * The given script revised by the guidance: only what the feedback is about changes, every other line stays as it
   * is, and the feedback itself is never said on air.
   */
  reviseScript(input: ReviseScriptInput, options?: CallOptions): Promise<WriterResult<Script>>;
  /** A 0-10 rubric per brand dimension; null when the adapter has no judge (offline has no model to ask). */
  judgeBrand(input: JudgeBrandInput, options?: CallOptions): Promise<WriterResult<BrandJudgement | null>>;
  /**
   * A 0-10 rubric of the script's engagement, clarity and accuracy to the sources, with the model that gave it; null
   * when the adapter has no judge (offline: the measured content parts stand alone).
   */
  judgeContent(
    input: JudgeContentInput,
    options?: CallOptions,
  ): Promise<WriterResult<{ model: string; judgement: ContentJudgement } | null>>;
  /** An upper bound of the call's usage, for the budget check made before the call. */
  estimate<K extends WriterTask>(task: K, input: WriterInput<K>): Usage[];
  /** For the admin page and the pipeline's check before it spends; the hosted adapter lists models (free). */
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
  reviseScript: "script-writer",
  judgeBrand: "brand-validator",
  judgeContent: "content-judge",
} as const satisfies Record<WriterTask, StageKey>;
