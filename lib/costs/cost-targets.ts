import type { Db } from "@/lib/db";
import { toMoney } from "@/lib/domain/money";
import { COST_TARGETS, type CostTargets } from "@/lib/domain/targets";

type PolicyTargets = {
  researchTarget: { toString(): string };
  contentTarget: { toString(): string };
  audioTarget: { toString(): string };
};

/**
 * The per-episode cost targets an episode is measured against: its show's budget policy, else the workspace's,
 * else the brief's. The per-episode target is the brief's ($5).
 */
export async function costTargetsFor(db: Db, showPolicy: PolicyTargets | null): Promise<CostTargets> {
  const policy = showPolicy ?? (await db.budgetPolicy.findFirst({ where: { showId: null } }));
  return {
    research: toMoney(policy?.researchTarget ?? COST_TARGETS.research),
    content: toMoney(policy?.contentTarget ?? COST_TARGETS.content),
    audio: toMoney(policy?.audioTarget ?? COST_TARGETS.audio),
    episode: COST_TARGETS.episode,
  };
}
