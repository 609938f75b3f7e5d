import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The budget policy that governs an episode (its show's, else the workspace's), and its auto-approval (its own, else
 * its show's). Takes a transaction too, so a resume can check the hard cap under the episode's lock.
 */
export async function getBudgetPolicy(db: Prisma.TransactionClient, episodeId: string) {
  const episode = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    select: { autoApprove: true, show: { select: { autoApprove: true, budgetPolicy: true } } },
  });
  const policy = episode.show.budgetPolicy ?? (await db.budgetPolicy.findFirst({ where: { showId: null } }));
  return {
    onExceed: policy?.onExceed ?? ("DOWNGRADE" as const),
    alertThresholds: policy?.alertThresholds ?? [80, 100],
    autoApprove: episode.autoApprove ?? episode.show.autoApprove,
    /** Dollars, or null with no policy at all (no cap per episode then). */
    episodeHardCap: policy ? policy.episodeHardCap.toFixed(2) : null,
  };
}
