import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { gateDecisionSchema, type GateDecisionInput } from "./schemas";

/** Records an editor's decision on a pending gate; the caller then tells the pipeline (dispatch). */
export async function decideGate(db: Db, episodeId: string, raw: unknown, user: SessionUser): Promise<GateDecisionInput> {
  const input = gateDecisionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const gate = await tx.gate.findFirst({ where: { id: input.gateId, episodeId } });
    if (!gate) throw new NotFoundError("That gate");
    // Only one decision per gate, even when two editors click at once.
    const updated = await tx.gate.updateMany({
      where: { id: gate.id, status: "PENDING" },
      data: { status: input.decision, comment: input.comment ?? null, decidedById: user.id, decidedAt: new Date() },
    });
    if (updated.count === 0) throw new ConflictError(`This gate was already decided (${gate.status.toLowerCase()}).`);
    await recordAudit(tx, {
      actorId: user.id,
      action: input.decision === "APPROVED" ? "gate.approve" : "gate.reject",
      entityType: "Gate",
      entityId: gate.id,
      episodeId,
      data: { kind: gate.kind, iteration: gate.iteration, comment: input.comment ?? null },
    });
    return input;
  });
}
