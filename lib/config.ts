import { z } from "zod";
import { parseEnv } from "@/lib/parse-env";
import { parseDuration } from "@/lib/engine/duration";
import { DEFAULT_CALL_RETRY, type CallRetryPolicy } from "@/lib/domain/call-retry-policy";
import { faultsSchema, type StageFault } from "@/lib/providers/inject-faults";

const duration = z.string().regex(/^\d+(ms|s|m|h|d)$/, 'a duration such as "90s", "72h" or "7d"');
// An empty variable (`SHOWRUNNER_CALL_RETRIES=` in a .env file) counts as unset, not as 0.
const count = (fallback: number, min = 0) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(min).default(fallback));

const schema = z.object({
  SHOWRUNNER_GATE_TIMEOUT: duration.default("72h"),
  SHOWRUNNER_GATE_FIRST_WAIT: duration.default("30s"),
  SHOWRUNNER_GATE_RECHECK: duration.default("1h"),
  SHOWRUNNER_BUDGET_PAUSE_TIMEOUT: duration.default("7d"),
  SHOWRUNNER_MAX_REVISIONS: count(3),
  SHOWRUNNER_MAX_QUALITY_RERUNS: count(2),
  SHOWRUNNER_MAX_RUNNING_EPISODES: count(8, 1),
  SHOWRUNNER_MAX_RUNNING_PER_SHOW: count(4, 1),
  SHOWRUNNER_STEP_RETRIES: count(4),
  // The stage targets of fault injection; the capability targets are read where the providers are built.
  SHOWRUNNER_PROVIDER_FAULTS: faultsSchema,
  // Replaced by stage targets in SHOWRUNNER_PROVIDER_FAULTS: refused, so a setup that still names it is not silently fault-free.
  SHOWRUNNER_STAGE_FAULTS: z
    .never({
      error:
        "is no longer read: name the stage in SHOWRUNNER_PROVIDER_FAULTS instead, e.g. research-deep-dive:429=2,5xx=1",
    })
    .optional(),
  SHOWRUNNER_CALL_RETRIES: count(DEFAULT_CALL_RETRY.retries),
  SHOWRUNNER_CALL_RETRY_WAIT: duration.default(`${DEFAULT_CALL_RETRY.maxWaitMs / 1000}s`),
});

export type PipelineConfig = {
  gateTimeout: string;
  /** The first wait for a gate's decision, after which the run reads the row (see gate() in produce-episode.ts). */
  gateFirstWait: string;
  /** The longest wait after the first: when it ends the run reads the gate's row again (a decision whose event matched no wait). */
  gateRecheck: string;
  budgetPauseTimeout: string;
  maxRevisions: number;
  maxQualityReruns: number;
  maxRunningEpisodes: number;
  maxRunningPerShow: number;
  stepRetries: number;
  /** Injected failures of stage attempts (SHOWRUNNER_PROVIDER_FAULTS; lib/providers/inject-faults.ts). */
  stageFaults: StageFault[];
  /** How a stage retries a failed provider call in place before the engine retries the whole step. */
  callRetry: CallRetryPolicy;
};

/** Pipeline settings from the environment, validated so a typo fails at start-up with the variable's name. */
export function pipelineConfig(env: Record<string, string | undefined> = process.env): PipelineConfig {
  const e = parseEnv(schema, env);
  return {
    gateTimeout: e.SHOWRUNNER_GATE_TIMEOUT,
    gateFirstWait: e.SHOWRUNNER_GATE_FIRST_WAIT,
    gateRecheck: e.SHOWRUNNER_GATE_RECHECK,
    budgetPauseTimeout: e.SHOWRUNNER_BUDGET_PAUSE_TIMEOUT,
    maxRevisions: e.SHOWRUNNER_MAX_REVISIONS,
    maxQualityReruns: e.SHOWRUNNER_MAX_QUALITY_RERUNS,
    maxRunningEpisodes: e.SHOWRUNNER_MAX_RUNNING_EPISODES,
    maxRunningPerShow: e.SHOWRUNNER_MAX_RUNNING_PER_SHOW,
    stepRetries: e.SHOWRUNNER_STEP_RETRIES,
    stageFaults: e.SHOWRUNNER_PROVIDER_FAULTS.stages,
    callRetry: {
      retries: e.SHOWRUNNER_CALL_RETRIES,
      maxWaitMs: parseDuration(e.SHOWRUNNER_CALL_RETRY_WAIT)!,
      baseDelayMs: DEFAULT_CALL_RETRY.baseDelayMs,
    },
  };
}

const publishingSchema = z.object({
  PUBLIC_MEDIA_BASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "must be an http(s) address, e.g. https://cdn.example.com" }).optional(),
  ),
});

/** Publishing settings: where the feed's media URLs point when not at the studio (a bucket or a CDN). */
export function publishingConfig(env: Record<string, string | undefined> = process.env): {
  mediaBaseUrl: string | null;
} {
  return { mediaBaseUrl: parseEnv(publishingSchema, env).PUBLIC_MEDIA_BASE_URL ?? null };
}
