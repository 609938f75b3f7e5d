import { stageKeySchema, type StageKey } from "@/lib/domain/stages";
import { RateLimitedError } from "@/lib/providers/errors";

export type FaultKind = "429" | "500";

export interface StageFault {
  stage: StageKey;
  kind: FaultKind;
  /** The first `times` attempts of the stage fail. */
  times: number;
}

/**
 * Parses SHOWRUNNER_STAGE_FAULTS, e.g. "research-deep-dive:429:2,audio-synthesizer:500:1", for demos and tests of
 * the failure policy. Empty means no faults.
 */
export function parseStageFaults(spec: string): StageFault[] {
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [stage, kind, times] = entry.split(":");
      if (kind !== "429" && kind !== "500") throw new Error(`Stage fault "${entry}": kind must be 429 or 500`);
      const n = Number(times ?? 1);
      if (!Number.isInteger(n) || n < 1) throw new Error(`Stage fault "${entry}": times must be a whole number >= 1`);
      return { stage: stageKeySchema.parse(stage), kind, times: n };
    });
}

/** Throws the injected fault for this attempt of this stage, if any. */
export function injectFault(faults: StageFault[], stage: StageKey, attempt: number): void {
  const fault = faults.find((f) => f.stage === stage && attempt <= f.times);
  if (!fault) return;
  if (fault.kind === "429") throw new RateLimitedError(`Injected rate limit on ${stage} (attempt ${attempt})`, 1000);
  throw new Error(`Injected provider error on ${stage} (attempt ${attempt})`);
}
