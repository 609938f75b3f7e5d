import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, DomainError } from "@/lib/domain/errors";
import { scheduleProblem } from "@/lib/domain/publish-rules";
import { requireRole } from "@/lib/domain/roles";
import { assertPublishable } from "./publish-eligibility";
import { lockForPublishing } from "./lock-for-publishing";

export interface PublicationEvents {
  /** Wakes the scheduled publish at `at` (inngest/functions/publish-scheduled.ts). */
  schedulePublication(episodeId: string, at: Date): Promise<unknown>;
}

/**
 * Schedules the episode to be published at `at`, as an editor. The rules and the feed are checked now (so the editor
 * hears of a problem today) and again when it fires. The row is written before the event is sent, so the woken run
 * finds it; a new time replaces the old one, whose run then finds another time and does nothing.
 */
export async function schedulePublication(
  db: Db,
  events: PublicationEvents,
  episodeId: string,
  user: SessionUser,
  at: Date,
  now = new Date(),
) {
  requireRole(user, "EDITOR", "publish or unpublish episodes");
  const problem = scheduleProblem(at, now);
  if (problem) throw new DomainError(problem, 400, "invalid_input");
  const { publication, previous } = await db.$transaction(async (tx) => {
    const episode = await lockForPublishing(tx, episodeId);
    const previous = episode.publication;
    if (episode.publication?.status === "PUBLISHED")
      throw new ConflictError("This episode is already published. Unpublish it first to schedule it again.");
    await assertPublishable(tx, episode, episode.show);
    const data = { status: "SCHEDULED" as const, scheduledFor: at, decidedById: user.id };
    const row = await tx.publication.upsert({
      where: { episodeId },
      create: { episodeId, guid: randomUUID(), ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "publication.schedule",
      entityType: "Publication",
      entityId: row.id,
      episodeId,
      data: { at: at.toISOString() },
    });
    return { publication: row, previous };
  });
  try {
    await events.schedulePublication(episodeId, at);
  } catch (error) {
    // Nothing would fire it: the episode goes back to where it stood, so the tab never shows a schedule that is not.
    await db.$transaction(async (tx) => {
      const { publication: now } = await lockForPublishing(tx, episodeId);
      if (now?.status !== "SCHEDULED" || now.scheduledFor?.getTime() !== at.getTime()) return;
      if (previous) {
        const { status, scheduledFor, decidedById } = previous;
        await tx.publication.update({ where: { id: now.id }, data: { status, scheduledFor, decidedById } });
      } else await tx.publication.delete({ where: { id: now.id } });
    });
    throw error;
  }
  return publication;
}
