"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { unlockAddressSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { unlockAddress } from "@/lib/users/unlock-address";

export const unlockAddressAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(unlockAddressSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unlockAddress(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { unlocked: true };
  });
