import { z } from "zod";
import { parseEnv } from "@/lib/parse-env";
import { stageKeySchema, type StageKey } from "@/lib/domain/stages";
import { RateLimitedError } from "@/lib/providers/errors";

/**
 * Fault injection for demos and tests of the failure policy, off unless SHOWRUNNER_PROVIDER_FAULTS names a target.
 * One syntax for both kinds of target, `target:kind=amount,...;target:...`:
 * - a capability (writer, speech, transcription, search, storage): each kind's amount is the share of its calls that
 *   fail (0 to 1), e.g. `speech:429=0.2,5xx=0.1;writer:timeout=0.05`;
 * - a stage (lib/domain/stages.ts): each kind's amount is a number of attempts, failed in the order written before the
 *   stage runs, e.g. `research-deep-dive:429=2` (attempts 1 and 2 are rate limited) or `episode-planner:5xx=9`.
 */
export const FAULTS_VARIABLE = "SHOWRUNNER_PROVIDER_FAULTS";

export const FAULT_CAPABILITIES = ["writer", "speech", "transcription", "search", "storage"] as const;
export type FaultCapability = (typeof FAULT_CAPABILITIES)[number];

export interface FaultRates {
  /** Share of calls that fail with a 429 (retried after `retryAfterMs`). */
  rateLimit: number;
  /** Share of calls that fail like a provider 5xx. */
  serverError: number;
  /** Share of calls that hang for `timeoutMs` and then fail like a timeout. */
  timeout: number;
}

export interface StageFault {
  stage: StageKey;
  kind: "429" | "5xx";
  /** Attempts that fail this way, after those of the stage's earlier entries. */
  times: number;
}

export interface Faults {
  providers: Partial<Record<FaultCapability, FaultRates>>;
  stages: StageFault[];
}

export class InjectedFaultError extends Error {
  /** Like the provider failure it stands for, worth retrying (see isTransientError). */
  readonly transient = true;
  constructor(message: string) {
    super(message);
    this.name = "InjectedFaultError";
  }
}

const capabilitySchema = z.enum(FAULT_CAPABILITIES);
const RATE_KEYS = { "429": "rateLimit", "5xx": "serverError", timeout: "timeout" } as const;
const rateSchema = z
  .string()
  .regex(/^\d*\.?\d+$/, "a capability's rates are numbers from 0 to 1")
  .transform(Number)
  .pipe(z.number().max(1, "a capability's rates are numbers from 0 to 1"));
const timesSchema = z
  .string()
  .regex(/^\d{1,4}$/, "a stage's amounts are whole numbers of attempts, from 1")
  .transform(Number)
  .pipe(z.number().min(1, "a stage's amounts are whole numbers of attempts, from 1"));

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? "malformed";

/** One `target:kind=amount,...` entry added to `faults`, or what is wrong with it. */
function addEntry(faults: Faults, entry: string): string | null {
  const [target = "", pairs, extra] = entry.split(":").map((s) => s.trim());
  if (!target || !pairs || extra !== undefined) return "expected target:kind=amount,...";
  const amounts = pairs.split(",").map((pair) => pair.split("=").map((s) => s.trim()));
  if (amounts.some((a) => a.length !== 2)) return "expected target:kind=amount,...";

  const capability = capabilitySchema.safeParse(target);
  if (capability.success) {
    if (faults.providers[capability.data]) return `${target} is named twice`;
    const rates: FaultRates = { rateLimit: 0, serverError: 0, timeout: 0 };
    for (const [kind = "", value = ""] of amounts) {
      if (!Object.hasOwn(RATE_KEYS, kind)) return "kinds are 429, 5xx and timeout";
      const rate = rateSchema.safeParse(value);
      if (!rate.success) return firstIssue(rate.error);
      rates[RATE_KEYS[kind as keyof typeof RATE_KEYS]] = rate.data;
    }
    faults.providers[capability.data] = rates;
    return null;
  }

  const stage = stageKeySchema.safeParse(target);
  if (!stage.success)
    return `targets are capabilities (${FAULT_CAPABILITIES.join(", ")}) or stages (${stageKeySchema.options.join(", ")})`;
  if (faults.stages.some((f) => f.stage === stage.data)) return `${target} is named twice`;
  for (const [kind = "", value = ""] of amounts) {
    if (kind !== "429" && kind !== "5xx") return "a stage's kinds are 429 and 5xx";
    const times = timesSchema.safeParse(value);
    if (!times.success) return firstIssue(times.error);
    faults.stages.push({ stage: stage.data, kind, times: times.data });
  }
  return null;
}

export const faultsSchema = z
  .string()
  .max(2_000, "at most 2,000 characters")
  .default("")
  .transform((spec, ctx): Faults => {
    const faults: Faults = { providers: {}, stages: [] };
    for (const entry of spec
      .split(";")
      .map((e) => e.trim())
      .filter(Boolean)) {
      const problem = addEntry(faults, entry);
      if (problem) {
        ctx.addIssue({ code: "custom", message: `"${entry}": ${problem}` });
        return z.NEVER;
      }
    }
    return faults;
  });

/** The faults the environment configures; a malformed value is refused at start, naming the variable. */
export function faultsFromEnv(env: Record<string, string | undefined>): Faults {
  return parseEnv(z.object({ [FAULTS_VARIABLE]: faultsSchema }), env)[FAULTS_VARIABLE];
}

/** Throws the injected fault for this attempt of this stage, if any (before the stage makes any call). */
export function injectStageFault(faults: StageFault[], stage: StageKey, attempt: number): void {
  let upTo = 0;
  for (const fault of faults) {
    if (fault.stage !== stage) continue;
    upTo += fault.times;
    if (attempt > upTo) continue;
    if (fault.kind === "429") throw new RateLimitedError(`Injected rate limit on ${stage} (attempt ${attempt})`, 1000);
    throw new InjectedFaultError(`Injected provider error on ${stage} (attempt ${attempt})`);
  }
}

export interface FaultOptions extends FaultRates {
  retryAfterMs?: number;
  timeoutMs?: number;
  /** A source of numbers in [0, 1); tests pass a seeded one. */
  random?: () => number;
  /** Told of each fault as it is injected (tests count them against the retries). */
  onFault?: (kind: "429" | "5xx" | "timeout", call: string) => void;
}

/**
 * Wraps a provider so each of its async methods fails at the given rates, before the real call is made, as a real
 * provider's 429, 5xx or timeout would. Health checks and estimates are never faulted.
 */
export function withFaults<T extends object>(name: string, provider: T, options: FaultOptions): T {
  const random = options.random ?? Math.random;
  return new Proxy(provider, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || prop === "health" || prop === "estimate") return value;
      return async (...args: unknown[]) => {
        const roll = random();
        const call = `${name}.${String(prop)}`;
        if (roll < options.rateLimit) {
          options.onFault?.("429", call);
          throw new RateLimitedError(`Injected 429 from ${call}`, options.retryAfterMs ?? 1_000);
        }
        if (roll < options.rateLimit + options.serverError) {
          options.onFault?.("5xx", call);
          throw new InjectedFaultError(`Injected 503 from ${call}`);
        }
        if (roll < options.rateLimit + options.serverError + options.timeout) {
          options.onFault?.("timeout", call);
          await new Promise((r) => setTimeout(r, options.timeoutMs ?? 5_000));
          throw new InjectedFaultError(`Injected timeout from ${name}.${String(prop)}`);
        }
        return value.apply(target, args);
      };
    },
  });
}
