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

export async function raiseAlert(tx: Tx, input: AlertInput) {
  if (!input.dedupeKey) return tx.alert.create({ data: input });
  return tx.alert.upsert({ where: { dedupeKey: input.dedupeKey }, create: input, update: {} });
}
