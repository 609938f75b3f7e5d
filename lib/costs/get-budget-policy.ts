import type { Db } from "@/lib/db";

/** The budget policy that governs an episode (its show's, else the workspace's), and its auto-approval (its own, else its show's). */
export async function getBudgetPolicy(db: Db, episodeId: string) {
  const episode = await db.episode.findUniqueOrThrow({
    where: { id: episodeId },
    select: { autoApprove: true, show: { select: { autoApprove: true, budgetPolicy: true } } },
  });
  const policy = episode.show.budgetPolicy ?? (await db.budgetPolicy.findFirst({ where: { showId: null } }));
  return {
    onExceed: policy?.onExceed ?? ("DOWNGRADE" as const),
    alertThresholds: policy?.alertThresholds ?? [80, 100],
    autoApprove: episode.autoApprove ?? episode.show.autoApprove,
  };
}
