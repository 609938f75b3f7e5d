import type { Prisma } from "@/lib/generated/prisma/client";
import type { AlertSeverity } from "@/lib/generated/prisma/enums";

type Tx = Pick<Prisma.TransactionClient, "alert">;

export interface AlertInput {
  kind: string;
  severity: AlertSeverity;
  message: string;
  episodeId?: string;
  data?: Prisma.InputJsonValue;
  /** Same key, same alert: a retried step or a repeated check raises it once. */
  dedupeKey?: string;
}

/** Raises an alert, once per dedupe key; `created` says whether this call raised it (and so should notify). */
export async function raiseAlert(tx: Tx, input: AlertInput) {
  if (input.dedupeKey) {
    const existing = await tx.alert.findUnique({ where: { dedupeKey: input.dedupeKey } });
    if (existing) return { alert: existing, created: false };
  }
  return { alert: await tx.alert.create({ data: input }), created: true };
}
