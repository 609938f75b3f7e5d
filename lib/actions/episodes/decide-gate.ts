"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { episodeGateDecisionSchema } from "@/lib/episodes/schemas";
import { db } from "@/lib/db";
import { decideGate } from "@/lib/episodes/decide-gate";
import { dispatch } from "@/inngest/app-dispatch";

export const decideGateAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(episodeGateDecisionSchema)
  .action(async ({ parsedInput: { episodeId, ...decision }, ctx }) => {
    const decided = await decideGate(db, dispatch, episodeId, decision, ctx.user);
    return { status: decided.decision };
  });
