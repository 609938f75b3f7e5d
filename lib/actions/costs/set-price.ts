"use server";

import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { setPriceSchema } from "@/lib/costs/schemas";
import { db } from "@/lib/db";
import { setPrice } from "@/lib/costs/set-price";

export const setPriceAction = actionClient
  .metadata({ role: "ADMIN" })
  .inputSchema(setPriceSchema)
  .action(async ({ parsedInput, ctx }) => {
    const price = await setPrice(db, parsedInput, ctx.user);
    revalidatePath("/admin/prices");
    return { id: price.id };
  });
