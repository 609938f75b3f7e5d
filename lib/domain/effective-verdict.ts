import { z } from "zod";
import { idSchema, refuseUnsafeText } from "./bounded-input";
import { overrideReasonSchema } from "./override-reason";
import { verdictSchema, type Verdict } from "./research";

// An editor's control over the fact check: a claim's verdict can be overridden with a reason, and a source can be
// excluded from an episode. The checker's verdict is kept; scores and certification read the effective one.

export const EXCLUDED_SOURCE_REASON = "source excluded by an editor";

/** What the checker said of a claim and what an editor did about it. */
export interface ClaimControl {
  /** The checker's verdict (PENDING before validation). */
  checker: Verdict | "PENDING";
  override: { verdict: Verdict; reason: string } | null;
  /** Whether the claim's cited source (its only one) is excluded from the episode. */
  sourceExcluded: boolean;
}

/** A stored claim's control: its checker's verdict, the editor's override (a PENDING one is none), its exclusion. */
export function claimControlOf(
  claim: { verdict: Verdict | "PENDING"; overrideVerdict: Verdict | "PENDING" | null; overrideReason: string | null },
  sourceExcluded: boolean,
): ClaimControl {
  return {
    checker: claim.verdict,
    override:
      claim.overrideVerdict && claim.overrideVerdict !== "PENDING"
        ? { verdict: claim.overrideVerdict, reason: claim.overrideReason ?? "" }
        : null,
    sourceExcluded,
  };
}

export type EffectiveVerdict =
  | { verdict: Verdict | "PENDING"; cause: "checker" }
  | { verdict: Verdict; cause: "editor"; reason: string }
  | { verdict: "UNSUPPORTED"; cause: "source-excluded"; reason: typeof EXCLUDED_SOURCE_REASON };

/**
 * The verdict scores and certification count. An excluded source outranks an override: a claim whose only source the
 * episode no longer uses cannot stand on it, whatever was said of it before.
 */
export function effectiveVerdict(c: ClaimControl): EffectiveVerdict {
  if (c.sourceExcluded) return { verdict: "UNSUPPORTED", cause: "source-excluded", reason: EXCLUDED_SOURCE_REASON };
  if (c.override && c.override.verdict !== c.checker)
    return { verdict: c.override.verdict, cause: "editor", reason: c.override.reason };
  return { verdict: c.checker, cause: "checker" };
}

/** A claim whose effective verdict is not the checker's, as the quality gates and the certification read it. */
export const verdictOverrideSchema = z.object({
  /** The claim's position: the judgement's `claimIndex`. */
  claimIndex: z.number().int().min(0),
  claim: z.string(),
  checker: z.enum(["PENDING", ...verdictSchema.options]),
  verdict: verdictSchema,
  cause: z.enum(["editor", "source-excluded"]),
  reason: z.string(),
  /** The editor's name (null for an excluded source, or when the account is gone). */
  by: z.string().nullable(),
});
export type VerdictOverride = z.infer<typeof verdictOverrideSchema>;

/** Judgements with their effective verdicts: each override replaces the verdict of the claim at its index. */
export function applyVerdictOverrides<J extends { claimIndex: number; verdict: Verdict }>(
  judgements: J[],
  overrides: readonly VerdictOverride[],
): J[] {
  const byIndex = new Map(overrides.map((o) => [o.claimIndex, o.verdict]));
  return judgements.map((j) => (byIndex.has(j.claimIndex) ? { ...j, verdict: byIndex.get(j.claimIndex)! } : j));
}

/** "2 verdicts overridden by an editor", "1 claim unsupported: source excluded by an editor"; empty when none. */
export function describeVerdictOverrides(overrides: readonly VerdictOverride[]): string[] {
  const edited = overrides.filter((o) => o.cause === "editor").length;
  const excluded = overrides.filter((o) => o.cause === "source-excluded").length;
  return [
    edited > 0 ? `${edited} verdict${edited === 1 ? "" : "s"} overridden by an editor` : "",
    excluded > 0 ? `${excluded} claim${excluded === 1 ? "" : "s"} unsupported: ${EXCLUDED_SOURCE_REASON}` : "",
  ].filter(Boolean);
}

const claimAddress = { episodeId: idSchema("episode"), claimId: idSchema("claim") };

export const overrideVerdictSchema = refuseUnsafeText(
  z.object({
    ...claimAddress,
    verdict: verdictSchema,
    reason: overrideReasonSchema(),
  }),
);
export type OverrideVerdictInput = z.infer<typeof overrideVerdictSchema>;

export const revertVerdictSchema = refuseUnsafeText(z.object(claimAddress));

export const excludeSourceSchema = refuseUnsafeText(
  z.object({ episodeId: idSchema("episode"), sourceId: idSchema("source"), excluded: z.boolean() }),
);

/**
 * The brief a script is written from, without the key points every claim of which an editor overruled (or whose
 * source is excluded): the writer is not handed a fact the editor no longer stands behind.
 */
export function briefWithoutOverruled<B extends { keyPoints: { claimIndexes: number[] }[] }>(
  brief: B,
  overrides: readonly VerdictOverride[],
): B {
  const overruled = new Set(overrides.filter((o) => o.verdict !== "SUPPORTED").map((o) => o.claimIndex));
  if (!overruled.size) return brief;
  return {
    ...brief,
    keyPoints: brief.keyPoints.filter(
      (k) => k.claimIndexes.length === 0 || k.claimIndexes.some((i) => !overruled.has(i)),
    ),
  };
}
