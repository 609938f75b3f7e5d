import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/domain/errors";

/**
 * Locks the episode's row, then its show's, for the transaction: two publish clicks (or a click and the scheduled
 * run) decide one after the other, and two episodes of a show never take the same episode number. Always in this
 * order, so two publishers never wait on each other.
 */
export async function lockForPublishing(tx: Prisma.TransactionClient, episodeId: string) {
  const [locked] = await tx.$queryRaw<{ showId: string }[]>`
    select "showId" from "Episode" where id = ${episodeId} for update`;
  if (!locked) throw new NotFoundError("That episode");
  await tx.$queryRaw`select id from "Show" where id = ${locked.showId} for update`;
  const episode = await tx.episode.findUniqueOrThrow({
    where: { id: episodeId },
    include: { show: true, publication: true },
  });
  return episode;
}

/** Long enough to tag and store an hour-long MP3 while the rows stay locked. */
export const PUBLISH_TRANSACTION = { timeout: 120_000, maxWait: 10_000 } as const;
