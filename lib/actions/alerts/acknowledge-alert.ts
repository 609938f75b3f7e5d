"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { acknowledgeAlert, acknowledgeAlertSchema } from "@/lib/alerts/acknowledge-alert";

export const acknowledgeAlertAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(acknowledgeAlertSchema)
  .action(async ({ parsedInput, ctx }) => {
    const alert = await acknowledgeAlert(db, parsedInput, ctx.user);
    revalidatePath("/admin");
    return alert;
  });
