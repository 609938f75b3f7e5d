import type { Prisma } from "@/lib/generated/prisma/client";

type VersionData = Omit<Prisma.ScriptVersionUncheckedCreateInput, "episodeId" | "version">;

/**
 * The one place script versions are numbered: the next number after the episode's latest, under a lock on the
 * episode's row, so an editor's save and the pipeline's (or two editors) get n+1 and n+2, never the same number.
 * Call it inside a transaction: the lock holds until it ends.
 */
export async function createScriptVersion<S extends Prisma.ScriptVersionSelect>(
  tx: Prisma.TransactionClient,
  episodeId: string,
  data: VersionData,
  select?: S,
) {
  await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
  const last = await tx.scriptVersion.findFirst({
    where: { episodeId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return tx.scriptVersion.create({ data: { ...data, episodeId, version: (last?.version ?? 0) + 1 }, select });
}
