import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError } from "@/lib/domain/errors";
import { STATUS_LABELS } from "@/lib/domain/episode-status";
import { EPISODE_TRANSITIONS, transitionSources, type EpisodeTransition } from "@/lib/domain/episode-transitions";

/** Fields written with the status (never the status itself: the transition decides it). */
type WithStatus = Omit<Prisma.EpisodeUpdateManyMutationInput, "status">;

/**
 * Moves an episode by one transition of the table in lib/domain/episode-transitions.ts, in one conditional write, so
 * a concurrent change (a cancellation while a step ran) cannot be overwritten. Returns whether the episode moved;
 * a refused move writes nothing. Pipeline steps ignore a refusal (a late step after a cancellation); use cases that
 * a person asked for pass `refuse: "throw"` to get a ConflictError saying why.
 */
export async function transitionEpisode(
  db: Pick<Prisma.TransactionClient, "episode">,
  episodeId: string,
  transition: EpisodeTransition,
  data: WithStatus = {},
  options: { refuse?: "ignore" | "throw" } = {},
): Promise<boolean> {
  const { to } = EPISODE_TRANSITIONS[transition];
  const moved = await db.episode.updateMany({
    where: { id: episodeId, status: { in: [...transitionSources(transition)] } },
    data: { ...data, status: to },
  });
  if (moved.count > 0) return true;
  if (options.refuse === "throw") {
    const current = await db.episode.findUnique({ where: { id: episodeId }, select: { status: true } });
    const now = current ? STATUS_LABELS[current.status].toLowerCase() : "gone";
    throw new ConflictError(`The episode cannot become ${STATUS_LABELS[to].toLowerCase()}: it is ${now}.`);
  }
  return false;
}
