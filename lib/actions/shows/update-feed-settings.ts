"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { updateFeedSettingsSchema } from "@/lib/shows/feed-settings-schema";
import { saveFeedSettings } from "@/lib/shows/feed-settings";

// What the feed says about the show is the brand's: editing it needs EDITOR (checked by the action client).
export const updateFeedSettingsAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(updateFeedSettingsSchema)
  .action(async ({ parsedInput: { id, ...settings }, ctx }) => {
    await saveFeedSettings(db, id, settings, ctx.user.id);
    revalidatePath(`/shows/${id}`);
    revalidatePath(`/shows/${id}/feed`);
    return { id };
  });
