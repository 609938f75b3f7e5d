"use server";

import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { showProfileSchema } from "@/lib/shows/schemas";
import { saveShow, SlugRefusedError } from "@/lib/shows/save-show";

// Editors own the brand: creating a show needs EDITOR (checked on the server by the action client).
export const createShowAction = actionClient
  .metadata({ role: "EDITOR" })
  .inputSchema(showProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    try {
      const show = await saveShow(db, parsedInput, ctx.user.id);
      revalidatePath("/shows");
      return { id: show.id };
    } catch (error) {
      if (error instanceof SlugRefusedError)
        returnValidationErrors(showProfileSchema, { slug: { _errors: [error.message] } });
      throw error;
    }
  });
