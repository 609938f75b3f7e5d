"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { changeRoleSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";

export const changeUserRoleAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const user = await changeUserRole(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { role: user.role };
  });
