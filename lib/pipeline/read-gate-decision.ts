import type { Db } from "@/lib/db";
import type { GateStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";

export interface GateDecision {
  status: GateStatus;
  comment: string | null;
}

/**
 * What the gate's row says after an `episode/gate.decided` event woke the run. The row is the decision (decideGate
 * writes it, with who decided, before the event is sent), so an event for a gate still pending decided nothing:
 * it is recorded in the audit log for an admin to look into, and the run keeps waiting.
 */
export async function readGateDecision(
  db: Db,
  input: { gateId: string; episodeId: string; eventId?: string },
): Promise<GateDecision> {
  return db.$transaction(async (tx) => {
    const gate = await tx.gate.findUniqueOrThrow({
      where: { id: input.gateId },
      select: { status: true, comment: true, kind: true, iteration: true },
    });
    if (gate.status === "PENDING") {
      await recordAudit(tx, {
        actorId: null,
        action: "gate.event.ignored",
        entityType: "Gate",
        entityId: input.gateId,
        episodeId: input.episodeId,
        data: {
          kind: gate.kind,
          iteration: gate.iteration,
          eventId: input.eventId ?? null,
          reason: "A decision event arrived for a gate nobody decided.",
        },
      });
    }
    return { status: gate.status, comment: gate.comment };
  });
}

/** What the gate's row says when a short wait ended without an event: no event arrived, so nothing is audited. */
export async function recheckGate(db: Db, gateId: string): Promise<GateDecision> {
  return db.gate.findUniqueOrThrow({ where: { id: gateId }, select: { status: true, comment: true } });
}

/**
 * Closes a gate whose wait ended without a decision (timeout, or too many ignored events), unless a decision
 * landed in the row meanwhile: then that decision stands and is returned, so a decision whose event was lost
 * still counts.
 */
export async function expireGate(db: Db, gateId: string): Promise<GateDecision> {
  await db.gate.updateMany({ where: { id: gateId, status: "PENDING" }, data: { status: "EXPIRED" } });
  return db.gate.findUniqueOrThrow({ where: { id: gateId }, select: { status: true, comment: true } });
}
