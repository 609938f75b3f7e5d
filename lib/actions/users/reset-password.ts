"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { userIdSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { resetPassword } from "@/lib/users/reset-password";

/** The new password goes back to the admin who asked, in this answer only. */
export const resetPasswordAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(userIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { password } = await resetPassword(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { password };
  });
