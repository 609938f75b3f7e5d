"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { unlockAddress, unlockAddressSchema } from "@/lib/users/unlock-address";
import { db } from "@/lib/db";

export const unlockAddressAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(unlockAddressSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unlockAddress(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { unlocked: true };
  });
