import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StageKey } from "@/lib/domain/stages";
import type { Tier } from "@/lib/domain/budget";
import type { Meter } from "@/lib/costs/meter";
import type { ResearchWriter } from "@/lib/providers/writer/types";
import type { SearchProvider } from "@/lib/providers/search/types";
import type { SpeechSynthesizer } from "@/lib/providers/speech/types";
import type { Transcriber } from "@/lib/providers/transcription/types";
import type { AudioToolkit } from "@/lib/providers/audio/types";
import type { AudioStorage } from "@/lib/providers/storage/types";
import type { MosScorer } from "@/lib/providers/mos/types";
import type { BilledUnit } from "@/lib/providers/billed-unit";
import type { HostedEquivalents } from "@/lib/domain/hosted-equivalent";
import type { StageEpisode, StageScript, StageShow, StageSource } from "@/lib/domain/stage-inputs";
import type { CostActuals } from "@/lib/quality/assessment/cost-compliance";
import type { CostTargets } from "@/lib/domain/targets";
import type { GateRecord } from "@/lib/quality/assessment/certify";
import type { CallRetryPolicy } from "@/lib/domain/call-retry-policy";
import type { StageOutputs } from "./registry";
import type { VerdictOverride } from "@/lib/domain/effective-verdict";

/** The ports a stage may call; the adapters behind them are chosen once, from configuration. */
export interface StageProviders {
  writer: ResearchWriter;
  search: SearchProvider;
  speech: SpeechSynthesizer;
  transcriber: Transcriber;
  /** What the audio stages do to audio files: level, stitch, master, measure, cut. */
  audioToolkit: AudioToolkit;
  storage: AudioStorage;
  /** Optional MOS model; unavailable unless DNSMOS_MODEL_PATH is set. */
  mos: MosScorer;
  /** What the hosted adapters bill, checked against the price table before a run spends. */
  billedUnits?: BilledUnit[];
  /** The hosted models offline usage is projected at; the documented defaults when absent. */
  hostedEquivalents?: HostedEquivalents;
}

/** Everything a stage may read. Stages do no I/O of their own beyond the ports they are given. */
export interface StageContext {
  episode: StageEpisode;
  show: StageShow;
  sources: StageSource[];
  /** The episode's latest script version: what the editor approved once the script gate has passed. */
  script: StageScript | null;
  /** The ledger so far, in dollars by phase, and the episode's hard budget. */
  costs: CostActuals;
  /** Per-episode cost targets by phase, from the show's budget policy (else the workspace's). */
  costTargets: CostTargets;
  /** The episode's gate decisions so far, oldest first. */
  gates: GateRecord[];
  /** Latest outputs of the stages this one declares as its input, read through their stages' schemas. */
  outputs: Partial<StageOutputs>;
  /** Claims whose effective verdict is not the checker's: an editor's override, or an excluded source. */
  verdictOverrides?: VerdictOverride[];
  /** Sources an editor excluded from this episode: not searched, not read (already left out of `sources`). */
  excludedSourceIds?: string[];
  /** An editor's or a quality check's feedback for this iteration. */
  guidance: string | null;
  /** Script lines whose stored takes are bypassed and synthesised afresh (an editor's "Regenerate this line"). */
  freshLines?: readonly number[];
  tier: Tier;
  meter: Meter;
  providers: StageProviders;
  /** Aborted when this attempt ends, failed or not: calls still in flight stop, and nothing is charged after. */
  signal: AbortSignal;
  /** How meteredCall retries a failed provider call in place, and where it reports each retry. */
  callRetry: CallRetryPolicy & { onRetry(error: unknown, waitMs: number): void };
  /** Reports how far a long stage is (0-1) for progress bars; throttled, never fails the stage. */
  progress(fraction: number, note?: string): void;
}

/** Where a stage's output is stored beyond its StageRun row. */
export interface StageOutputOwner {
  episodeId: string;
  pipelineRunId: string;
}

/**
 * A stage's contract: which stage it is, the earlier stages' outputs it reads, the shape of what it returns (checked
 * when it returns, and when its stored output is read back as JSON), and how that output becomes product records.
 */
export interface StageModule<K extends StageKey = StageKey, O = unknown> {
  key: K;
  /** The earlier stages whose outputs it reads from `ctx.outputs` (the rest of its input is the context itself). */
  input: readonly StageKey[];
  output: z.ZodType<O>;
  run(ctx: StageContext): Promise<O>;
  /** Writes the records the output is (claims, a script version, scores), in the transaction that ends the stage; absent when the StageRun row is its only record. */
  persist?(tx: Prisma.TransactionClient, owner: StageOutputOwner, output: O): Promise<void>;
}
