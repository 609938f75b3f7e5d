import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { hasRole } from "@/lib/domain/roles";
import { overrideVerdictSchema, revertVerdictSchema } from "@/lib/domain/effective-verdict";
import { lockResearchControl } from "./lock-research-control";

function requireEditor(user: SessionUser) {
  if (!hasRole(user.role, "EDITOR")) throw new ForbiddenError("Only an editor or admin can override a verdict.");
}

const CLAIM_FIELDS = { id: true, verdict: true, overrideVerdict: true, overrideReason: true } as const;

/** Locks the episode for a change to its fact check, then reads the claim (404 unless it is this episode's). */
async function lockedClaim(tx: Prisma.TransactionClient, episodeId: string, claimId: string) {
  await lockResearchControl(tx, episodeId);
  const claim = await tx.claim.findFirst({ where: { id: claimId, episodeId }, select: CLAIM_FIELDS });
  if (!claim) throw new NotFoundError("That claim");
  return claim;
}

/**
 * An editor's verdict on a claim in place of the checker's, with the reason; the checker's verdict is kept beside it.
 * Audited in the same transaction; refused unless the episode awaits a decision or a retry. The caller asks for a
 * re-assessment, so scores and certification follow.
 */
export async function overrideClaimVerdict(db: Db, raw: unknown, user: SessionUser) {
  requireEditor(user);
  const input = overrideVerdictSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const claim = await lockedClaim(tx, input.episodeId, input.claimId);
    if (claim.verdict === "PENDING")
      throw new ConflictError("This claim has not been checked yet: wait for its verdict.");
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: {
        overrideVerdict: input.verdict,
        overrideReason: input.reason,
        overriddenById: user.id,
        overriddenAt: new Date(),
      },
      select: CLAIM_FIELDS,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "claim.verdict.override",
      entityType: "Claim",
      entityId: claim.id,
      episodeId: input.episodeId,
      data: {
        checker: claim.verdict,
        from: claim.overrideVerdict ?? claim.verdict,
        to: input.verdict,
        reason: input.reason,
      },
    });
    return updated;
  });
}

/** Takes an editor's override back: the checker's verdict counts again. Audited; refused when there is none. */
export async function revertClaimVerdict(db: Db, raw: unknown, user: SessionUser) {
  requireEditor(user);
  const input = revertVerdictSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const claim = await lockedClaim(tx, input.episodeId, input.claimId);
    if (!claim.overrideVerdict) throw new ConflictError("This claim's verdict is not overridden.");
    const updated = await tx.claim.update({
      where: { id: claim.id },
      data: { overrideVerdict: null, overrideReason: null, overriddenById: null, overriddenAt: null },
      select: CLAIM_FIELDS,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "claim.verdict.revert",
      entityType: "Claim",
      entityId: claim.id,
      episodeId: input.episodeId,
      data: { checker: claim.verdict, from: claim.overrideVerdict, reason: claim.overrideReason },
    });
    return updated;
  });
}
