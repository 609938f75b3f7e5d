import type { Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { setPriceSchema, type SetPriceInput } from "./schemas";

/** Adds a price row effective now: earlier entries keep the price they were charged at. */
export async function setPrice(db: Db, raw: SetPriceInput | unknown, user: SessionUser) {
  const input = setPriceSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const price = await tx.price.create({ data: { ...input, createdById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "price.set",
      entityType: "Price",
      entityId: price.id,
      data: input,
    });
    return { id: price.id, ...input, effectiveFrom: price.effectiveFrom };
  });
}
