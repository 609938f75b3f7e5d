import type { Db } from "@/lib/db";
import { unlockAddressSchema, type UnlockAddressInput } from "@/lib/auth/schemas";
import { clearAddressFailures } from "@/lib/auth/sign-in-limiter";
import { recordAudit } from "@/lib/audit/record-audit";

/** Lets everyone behind a locked address (an office, a VPN) sign in again at once: its failed sign-ins are forgotten. */
export async function unlockAddress(db: Db, input: UnlockAddressInput, actorId: string) {
  const { address } = unlockAddressSchema.parse(input);
  return db.$transaction(async (tx) => {
    const cleared = await clearAddressFailures(tx, address);
    await recordAudit(tx, { actorId, action: "signin.address.unlock", entityType: "SignInAddress", entityId: address, data: { clearedCounters: cleared } });
    return { address, clearedCounters: cleared };
  });
}
