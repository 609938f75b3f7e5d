import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import type { EpisodeStatus } from "@/lib/domain/episode-statuses";
import { researchControlRefusal } from "@/lib/domain/research-control";

/**
 * Locks the episode's row for the transaction and refuses (409) unless its fact check may be changed now: a gate
 * decision or a retry cannot move the status until the change has committed.
 */
export async function lockResearchControl(tx: Prisma.TransactionClient, episodeId: string) {
  const [row] = await tx.$queryRaw<{ status: EpisodeStatus; showId: string }[]>`
    select status::text as status, "showId" from "Episode" where id = ${episodeId} for update`;
  if (!row) throw new NotFoundError("That episode");
  const refusal = researchControlRefusal(row.status);
  if (refusal) throw new ConflictError(refusal);
  return row;
}
