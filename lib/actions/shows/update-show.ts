"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { updateShowSchema } from "@/lib/shows/schemas";
import { saveShow, SlugRefusedError } from "@/lib/shows/save-show";

// Editors own the brand: editing a show needs EDITOR (checked on the server by the action client).
export const updateShowAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(updateShowSchema)
  .action(async ({ parsedInput: { id, ...profile }, ctx }) => {
    try {
      const show = await saveShow(db, profile, ctx.user.id, id);
      revalidatePath("/shows");
      revalidatePath(`/shows/${id}`);
      return { id: show.id };
    } catch (error) {
      if (error instanceof SlugRefusedError)
        returnValidationErrors(updateShowSchema, { slug: { _errors: [error.message] } });
      throw error;
    }
  });
