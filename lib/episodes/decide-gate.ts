import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hasRole } from "@/lib/domain/roles";
import { approvalOverride } from "@/lib/domain/final-approval";
import { getReadiness } from "./get-readiness";
import { audioRegenerationRunning, regeneratedAudioUnassessed } from "./audio-regeneration-running";
import { getReassessmentStatus } from "./reassessment-status";
import type { EpisodeEvents } from "./episode-events";
import { gateDecisionSchema, type GateDecisionInput } from "./schemas";

/**
 * Records an editor's decision on a pending gate, then tells the waiting run. The row is the decision: a run whose
 * event is lost still reads it before its gate expires; a failed send is thrown. A final approval over a failing
 * readiness certification is refused unless it carries an override with a reason, recorded on the gate and audited;
 * one with no readiness result, or while a line is being regenerated (the master is about to change), is refused.
 * No gate is decided while an override's re-assessment is pending: the scores on screen are about to change.
 */
export async function decideGate(
  db: Db,
  events: Pick<EpisodeEvents, "announceGateDecision">,
  episodeId: string,
  raw: unknown,
  user: SessionUser,
): Promise<GateDecisionInput> {
  if (!hasRole(user.role, "EDITOR")) throw new ForbiddenError("Only an editor or admin can decide a gate.");
  const input = gateDecisionSchema.parse(raw);
  const decided = await db.$transaction(async (tx) => {
    const gate = await tx.gate.findFirst({ where: { id: input.gateId, episodeId } });
    if (!gate) throw new NotFoundError("That gate");
    if ((await getReassessmentStatus(tx, episodeId)).state === "pending")
      throw new ConflictError(
        "The quality gates are being re-assessed after a change to the research: decide once the new scores are in.",
      );
    const finalApproval = gate.kind === "FINAL" && input.decision === "APPROVED";
    if (finalApproval) {
      // The lock a line regeneration claims under: the approval waits for a claim in progress, then sees it.
      await tx.$queryRaw`select id from "Episode" where id = ${episodeId} for update`;
      // Until the new master's re-assessment is written, the certification is still the old master's.
      if ((await audioRegenerationRunning(tx, episodeId)) || (await regeneratedAudioUnassessed(tx, episodeId)))
        throw new ConflictError(
          "A line is being regenerated: approve once it finishes and the new master has been re-assessed.",
        );
    }
    const readiness = finalApproval ? await getReadiness(tx, episodeId) : null;
    if (finalApproval && !readiness)
      throw new ConflictError("The readiness check has not run yet: approve once it has a result.");
    // Approving over a failing readiness certification needs the editor's reason; refused here otherwise.
    const override = approvalOverride({
      kind: gate.kind,
      decision: input.decision,
      blockers: readiness?.blockers ?? [],
      override: input.override,
    });
    // Only one decision per gate, even when two editors click at once.
    const updated = await tx.gate.updateMany({
      where: { id: gate.id, status: "PENDING" },
      data: {
        status: input.decision,
        comment: input.comment ?? null,
        decidedById: user.id,
        decidedAt: new Date(),
        overrideReason: override?.reason ?? null,
        overriddenBlockers: override?.blockers ?? [],
      },
    });
    if (updated.count === 0) {
      // Read again: a decision that won a race committed after the read above, which still says pending.
      const now = await tx.gate.findUniqueOrThrow({ where: { id: gate.id }, select: { status: true } });
      throw new ConflictError(`This gate was already decided (${now.status.toLowerCase()}).`);
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: input.decision === "APPROVED" ? "gate.approve" : "gate.reject",
      entityType: "Gate",
      entityId: gate.id,
      episodeId,
      data: { kind: gate.kind, iteration: gate.iteration, comment: input.comment ?? null },
    });
    if (override)
      await recordAudit(tx, {
        actorId: user.id,
        action: "certification.override",
        entityType: "Gate",
        entityId: gate.id,
        episodeId,
        data: { reason: override.reason, blockers: override.blockers },
      });
    return input;
  });
  await events.announceGateDecision(episodeId, decided);
  return decided;
}
