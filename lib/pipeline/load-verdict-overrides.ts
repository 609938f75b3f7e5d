import type { Db } from "@/lib/db";
import { claimControlOf, effectiveVerdict, type VerdictOverride } from "@/lib/domain/effective-verdict";

/**
 * The editor's control over an episode's research: the sources excluded from it, and every claim whose effective
 * verdict differs from the checker's (overridden, or citing an excluded source).
 */
export async function loadVerdictOverrides(
  db: Db,
  episodeId: string,
): Promise<{ excludedSourceIds: string[]; verdictOverrides: VerdictOverride[] }> {
  const excluded = await db.sourceExclusion.findMany({ where: { episodeId }, select: { sourceId: true } });
  const excludedSourceIds = excluded.map((e) => e.sourceId);
  const claims = await db.claim.findMany({
    where: { episodeId, OR: [{ overrideVerdict: { not: null } }, { sourceId: { in: excludedSourceIds } }] },
    orderBy: { position: "asc" },
    select: {
      position: true,
      text: true,
      sourceId: true,
      verdict: true,
      overrideVerdict: true,
      overrideReason: true,
      overriddenBy: { select: { name: true } },
    },
  });
  const verdictOverrides = claims.flatMap((c): VerdictOverride[] => {
    const effective = effectiveVerdict(claimControlOf(c, excludedSourceIds.includes(c.sourceId)));
    if (effective.cause === "checker") return [];
    return [
      {
        claimIndex: c.position,
        claim: c.text,
        checker: c.verdict,
        verdict: effective.verdict,
        cause: effective.cause,
        reason: effective.reason,
        by: effective.cause === "editor" ? (c.overriddenBy?.name ?? null) : null,
      },
    ];
  });
  return { excludedSourceIds, verdictOverrides };
}
