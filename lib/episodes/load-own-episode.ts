import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";

/** An episode the user may act on: producers their own, editors and admins any. */
export async function loadOwnEpisode(tx: Prisma.TransactionClient, episodeId: string, user: SessionUser) {
  const episode = await tx.episode.findUnique({ where: { id: episodeId } });
  if (!episode) throw new NotFoundError("That episode");
  if (user.role === "PRODUCER" && episode.createdById !== user.id) {
    throw new ForbiddenError("Producers can act only on episodes they created.");
  }
  return episode;
}
