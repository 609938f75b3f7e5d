import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { podcastGuid } from "@/lib/publishing/podcast-guid";
import type { AudioStorage } from "@/lib/providers/storage/types";
import { requireRole } from "@/lib/domain/roles";
import { assertPublishable } from "./publish-eligibility";
import { lockForPublishing, PUBLISH_TRANSACTION } from "./lock-for-publishing";
import { deletePublishedFiles, makePublishedFiles, releaseKeys } from "./make-published-files";
import { feedUrl, newRelease, releaseOfKey } from "./public-urls";

/**
 * Publishes the episode now, as an editor: the rules and the feed check first (a refusal changes nothing), then the
 * public files, then the publication row. Publishing an episode already published leaves it as it is.
 */
export async function publishEpisode(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  user: SessionUser,
  now = new Date(),
) {
  requireRole(user, "EDITOR", "publish or unpublish episodes");
  const release = newRelease(now);
  return withReleaseCleanup(db, storage, episodeId, release, () =>
    db.$transaction(async (tx) => {
      const episode = await lockForPublishing(tx, episodeId);
      if (episode.publication?.status === "PUBLISHED") return episode.publication;
      return publishLocked(tx, storage, episode, user.id, now, release);
    }, PUBLISH_TRANSACTION),
  );
}

/**
 * Runs a publish into `release`; if it fails, the copies it stored are deleted, since no row will ever name them (in
 * a public bucket they would still be reachable). Unless the row names them after all (a commit whose answer was
 * lost) or the row cannot be read to tell: deleting a live episode's files is worse than leaving an orphan. The
 * publish's own error is the one rethrown.
 */
export async function withReleaseCleanup<T>(
  db: Db,
  storage: AudioStorage,
  episodeId: string,
  release: string,
  publish: () => Promise<T>,
): Promise<T> {
  try {
    return await publish();
  } catch (error) {
    const row = await db.publication
      .findUnique({ where: { episodeId }, select: { audioKey: true } })
      .then((p) => ({ audioKey: p?.audioKey ?? null }))
      .catch(() => null);
    if (row && (!row.audioKey || releaseOfKey(row.audioKey) !== release))
      await deletePublishedFiles(storage, releaseKeys(episodeId, release)).catch((cause: unknown) =>
        console.error(`Publishing ${episodeId}: the copies of a failed publish could not be deleted:`, cause),
      );
    throw error;
  }
}

/**
 * The publish itself, with the episode and show rows locked: refuses what may not go out, stores the files under
 * the folder of this release, then writes the row (its guid kept from any earlier publication, so apps never see it twice),
 * fixes the show's podcast:guid the first time and numbers the episode if it has no number.
 */
export async function publishLocked(
  tx: Prisma.TransactionClient,
  storage: AudioStorage,
  episode: Awaited<ReturnType<typeof lockForPublishing>>,
  actorId: string | null,
  now: Date,
  release: string,
) {
  const { show } = episode;
  await assertPublishable(tx, episode, show);
  const files = await makePublishedFiles(tx, storage, episode, show, now, release);

  const data = {
    status: "PUBLISHED" as const,
    scheduledFor: null,
    publishedAt: now,
    unpublishedAt: null,
    decidedById: actorId,
    ...files,
  };
  const publication = await tx.publication.upsert({
    where: { episodeId: episode.id },
    create: { episodeId: episode.id, guid: randomUUID(), ...data },
    update: data,
  });
  if (!show.podcastGuid && show.publicBaseUrl)
    await tx.show.update({
      where: { id: show.id },
      data: { podcastGuid: podcastGuid(feedUrl(show.publicBaseUrl, show.slug)) },
    });
  if (episode.episodeNumber === null) {
    const last = await tx.episode.aggregate({ where: { showId: show.id }, _max: { episodeNumber: true } });
    await tx.episode.update({ where: { id: episode.id }, data: { episodeNumber: (last._max.episodeNumber ?? 0) + 1 } });
  }
  await recordAudit(tx, {
    actorId,
    action: "publication.publish",
    entityType: "Publication",
    entityId: publication.id,
    episodeId: episode.id,
    data: { guid: publication.guid, audioBytes: files.audioBytes, masterId: files.masterId },
  });
  return publication;
}
