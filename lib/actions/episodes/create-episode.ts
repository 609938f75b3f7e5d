"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { createEpisodeSchema } from "@/lib/episodes/schemas";
import { db } from "@/lib/db";
import { createEpisode } from "@/lib/episodes/create-episode";
import { dispatch } from "@/inngest/app-dispatch";

export const createEpisodeAction = actionClient
  .metadata({ role: "PRODUCER" })
  .inputSchema(createEpisodeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const episode = await createEpisode(db, dispatch, parsedInput, ctx.user);
    return { id: episode.id };
  });
