"use server";

import { z } from "zod";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { decideGate } from "@/lib/episodes/decide-gate";
import { dispatch } from "@/inngest/app-dispatch";

const inputSchema = z.object({
  episodeId: z.string().min(1),
  gateId: z.string().min(1),
  decision: z.enum(["APPROVED", "REJECTED"]),
  comment: z.string().max(2000).optional(),
});

export const decideGateAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(inputSchema)
  .action(async ({ parsedInput: { episodeId, ...decision }, ctx }) => {
    const decided = await decideGate(db, episodeId, decision, ctx.user);
    await dispatch.announceGateDecision(episodeId, decided);
    return { status: decided.decision };
  });
