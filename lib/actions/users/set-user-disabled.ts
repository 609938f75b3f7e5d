"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { setUserDisabledSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

export const setUserDisabledAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(setUserDisabledSchema)
  .action(async ({ parsedInput, ctx }) => {
    const user = await setUserDisabled(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { disabled: Boolean(user.disabledAt) };
  });
