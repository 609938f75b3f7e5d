"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { cancelEpisodeSchema } from "@/lib/episodes/schemas";
import { db } from "@/lib/db";
import { cancelEpisode } from "@/lib/episodes/cancel-episode";
import { dispatch } from "@/inngest/app-dispatch";

export const cancelEpisodeAction = actionClient
  .metadata({ role: "PRODUCER" })
  .inputSchema(cancelEpisodeSchema)
  .action(async ({ parsedInput, ctx }) => {
    return cancelEpisode(db, dispatch, parsedInput.episodeId, ctx.user, parsedInput.reason);
  });
