import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  episodeId?: string;
  data?: Prisma.InputJsonValue;
}

/** Records who did what; call it inside the same transaction as the change it describes. */
export function recordAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: entry });
}
