"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { userIdSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { unlockAccount } from "@/lib/users/unlock-account";

export const unlockAccountAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(userIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unlockAccount(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { unlocked: true };
  });
