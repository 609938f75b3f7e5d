import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { abandonedBefore } from "@/lib/domain/editor-regeneration";

/**
 * A re-assessment runs in the worker (inngest/functions/reassess-episode.ts); its audit entries are the marker the
 * studio polls. Each outcome names the latest request it covered (the worker read the episode after it), so a request
 * made while an earlier re-assessment ran stays pending until one started after it finishes.
 */
export const REASSESSMENT_ACTIONS = {
  requested: "episode.reassess.request",
  done: "episode.reassess.done",
  failed: "episode.reassess.fail",
} as const;

export type ReassessmentStatus = { state: "idle" } | { state: "pending" } | { state: "failed"; message: string };

type Outcome = { done: object } | { failed: string };

/** Records that a re-assessment was asked for, then asks the worker for it (a send that fails is recorded as failed). */
export async function requestReassessment(
  db: Db,
  send: (episodeId: string, actorId: string | null, requestId: string) => Promise<unknown>,
  episodeId: string,
  actorId: string | null,
) {
  const request = await recordAudit(db, {
    actorId,
    action: REASSESSMENT_ACTIONS.requested,
    entityType: "Episode",
    entityId: episodeId,
    episodeId,
  });
  try {
    await send(episodeId, actorId, request.id);
  } catch (error) {
    await recordReassessmentOutcome(db, episodeId, request.id, {
      failed: `the re-assessment could not be queued (${error instanceof Error ? error.message : String(error)})`,
    });
    throw error;
  }
}

/**
 * A re-assessment that failed where no request asked for it (after a line regeneration): recorded as a request and
 * its failure, so the Research tab says why and offers to re-assess again.
 */
export async function recordReassessmentFailure(db: Db, episodeId: string, message: string) {
  const request = await recordAudit(db, {
    actorId: null,
    action: REASSESSMENT_ACTIONS.requested,
    entityType: "Episode",
    entityId: episodeId,
    episodeId,
  });
  return recordReassessmentOutcome(db, episodeId, request.id, { failed: message });
}

/** The latest request's id, read by the worker before it re-assesses (null when none was recorded). */
export async function latestReassessmentRequest(db: Pick<Db, "auditLog">, episodeId: string) {
  const request = await db.auditLog.findFirst({
    where: { episodeId, action: REASSESSMENT_ACTIONS.requested },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return request?.id ?? null;
}

/** The worker's outcome for the requests up to `covers`: done (with what was re-run) or failed (with why). */
export function recordReassessmentOutcome(db: Db, episodeId: string, covers: string | null, outcome: Outcome) {
  const done = "done" in outcome;
  return recordAudit(db, {
    actorId: null,
    action: done ? REASSESSMENT_ACTIONS.done : REASSESSMENT_ACTIONS.failed,
    entityType: "Episode",
    entityId: episodeId,
    episodeId,
    data: done ? { covers, ...outcome.done } : { covers, message: outcome.failed },
  });
}

/**
 * Pending while no outcome covers the latest request; failed when the one that does failed, or when none has for
 * longer than a re-assessment ever takes (the worker lost it), so nothing waits on it for ever.
 */
export async function getReassessmentStatus(db: Pick<Db, "auditLog">, episodeId: string): Promise<ReassessmentStatus> {
  const [request, outcome] = await Promise.all([
    db.auditLog.findFirst({
      where: { episodeId, action: REASSESSMENT_ACTIONS.requested },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true },
    }),
    db.auditLog.findFirst({
      where: { episodeId, action: { in: [REASSESSMENT_ACTIONS.done, REASSESSMENT_ACTIONS.failed] } },
      orderBy: { createdAt: "desc" },
      select: { action: true, data: true },
    }),
  ]);
  if (!request) return { state: "idle" };
  const data = (outcome?.data ?? {}) as { covers?: unknown; message?: unknown };
  if (data.covers !== request.id)
    return request.createdAt < abandonedBefore(new Date())
      ? { state: "failed", message: "the worker did not finish it within 10 minutes." }
      : { state: "pending" };
  return outcome?.action === REASSESSMENT_ACTIONS.failed
    ? { state: "failed", message: String(data.message ?? "") }
    : { state: "idle" };
}
