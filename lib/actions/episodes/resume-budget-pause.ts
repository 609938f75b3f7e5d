"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { resumeBudgetActionSchema, resumeBudgetPause } from "@/lib/episodes/resume-budget-pause";
import { dispatch } from "@/inngest/app-dispatch";

export const resumeBudgetPauseAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(resumeBudgetActionSchema)
  .action(async ({ parsedInput: { episodeId, ...input }, ctx }) => {
    const resumed = await resumeBudgetPause(db, dispatch, episodeId, input, ctx.user);
    revalidatePath("/admin"); // the pause's alert is acknowledged
    return resumed;
  });
