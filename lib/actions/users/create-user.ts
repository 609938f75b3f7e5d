"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { createUserSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

export const createUserAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(createUserSchema)
  .action(async ({ parsedInput, ctx }) => {
    const user = await createUser(db, parsedInput, ctx.user.id);
    revalidatePath("/admin/users");
    return { id: user.id };
  });
