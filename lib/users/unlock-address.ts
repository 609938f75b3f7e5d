import type { Db } from "@/lib/db";
import { z } from "zod";
import { refuseUnsafeText } from "@/lib/domain/bounded-input";
import { isAddressKey } from "@/lib/net/address-key";
import { clearAddressFailures } from "@/lib/auth/sign-in-limiter";
import { recordAudit } from "@/lib/audit/record-audit";

/** An address as the users page lists its lock: an IPv4 address, or an IPv6 /64 (`2001:db8:1:2::/64`). */
export const unlockAddressSchema = refuseUnsafeText(
  z.object({
    address: z
      .string({ error: "Say which address to unlock." })
      .max(64, "That is not an address the studio locks.")
      .refine(
        isAddressKey,
        "That is not an address the studio locks: give an IPv4 address or an IPv6 /64 as the users page lists it.",
      ),
  }),
);
export type UnlockAddressInput = z.infer<typeof unlockAddressSchema>;

/** Lets everyone behind a locked address (an office, a VPN) sign in again at once: its failed sign-ins are forgotten. */
export async function unlockAddress(db: Db, input: UnlockAddressInput, actorId: string) {
  const { address } = unlockAddressSchema.parse(input);
  return db.$transaction(async (tx) => {
    const cleared = await clearAddressFailures(tx, address);
    await recordAudit(tx, {
      actorId,
      action: "signin.address.unlock",
      entityType: "SignInAddress",
      entityId: address,
      data: { clearedCounters: cleared },
    });
    return { address, clearedCounters: cleared };
  });
}
