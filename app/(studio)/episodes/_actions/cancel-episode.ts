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
    const episode = await cancelEpisode(db, parsedInput.episodeId, ctx.user, parsedInput.reason);
    await dispatch.cancelPipeline(parsedInput.episodeId);
    return episode;
  });
