"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { retryEpisodeSchema } from "@/lib/episodes/schemas";
import { db } from "@/lib/db";
import { retryEpisode } from "@/lib/episodes/retry-episode";
import { dispatch } from "@/inngest/app-dispatch";

export const retryEpisodeAction = actionClient
  .metadata({ role: "PRODUCER" })
  .inputSchema(retryEpisodeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const episode = await retryEpisode(db, dispatch, parsedInput.episodeId, ctx.user);
    return { status: episode.status };
  });
